import { describe, expect, it } from 'vitest';
import { layoutFunnel, niceStep } from './funnel-layout';

const input = {
  centre: 0.3,
  axisLabel: 'Effect',
  points: [
    { id: 'a', label: 'A', effect: 0.1, se: 0.1 },
    { id: 'b', label: 'B', effect: 0.5, se: 0.3, muted: true },
    { id: 'c', label: 'C', effect: 0.3, se: 0 },
  ],
};

describe('layoutFunnel', () => {
  it('puts se 0 at the top and the largest se near the bottom, inside the plot', () => {
    const layout = layoutFunnel(input);
    const [a, b, c] = layout.points;
    expect(c?.y).toBe(layout.plot.top);
    expect((b?.y ?? 0) > (a?.y ?? 0)).toBe(true);
    for (const point of layout.points) {
      expect(point.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(point.x).toBeLessThanOrEqual(layout.plot.right);
      expect(point.y).toBeLessThanOrEqual(layout.plot.bottom);
    }
    expect(b?.muted).toBe(true);
  });

  it('draws a funnel symmetric about the centre, 1.96 se wide each side', () => {
    const layout = layoutFunnel(input);
    expect(layout.funnel.apexX).toBeCloseTo(layout.centreX, 9);
    expect(layout.centreX - layout.funnel.leftX).toBeCloseTo(layout.funnel.rightX - layout.centreX, 9);
    expect(layout.zeroX).not.toBeNull();
  });

  it('ignores points it cannot place and picks round tick steps', () => {
    expect(
      layoutFunnel({ ...input, points: [...input.points, { id: 'x', label: 'X', effect: Number.NaN, se: 0.1 }] })
        .points,
    ).toHaveLength(3);
    expect(niceStep(1, 5)).toBe(0.2);
    expect(niceStep(7, 4)).toBe(2);
    expect(niceStep(0, 4)).toBe(1);
  });
});

describe('layoutFunnel with many points (issue 19)', () => {
  it('lays out 200,000 points without overflowing the stack', () => {
    const points = Array.from({ length: 200_000 }, (_, index) => ({
      id: String(index),
      label: String(index),
      effect: (index % 9) / 10,
      se: 0.05 + (index % 13) / 100,
    }));
    const layout = layoutFunnel({ centre: 0.4, axisLabel: 'Effect', points });
    expect(layout.points).toHaveLength(200_000);
    for (const point of layout.points.slice(0, 50)) expect(point.y).toBeLessThanOrEqual(layout.plot.bottom);
  });
});
