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

  it('draws no line at 0 when 0 is not "no effect" (a proportion’s logit or Freeman–Tukey scale)', () => {
    expect(layoutFunnel({ ...input, zeroLine: false }).zeroX).toBeNull();
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

describe('layoutFunnel with trim-and-fill marks (issue 19)', () => {
  const filled = [
    { id: 'f1', label: 'Filled 1', effect: -0.9, se: 0.3 },
    { id: 'f2', label: 'Filled 2', effect: 0.2, se: 0.45 },
  ];

  it('draws as before when no filled studies or adjusted estimate are given', () => {
    const layout = layoutFunnel(input);
    expect(layout.filled).toEqual([]);
    expect(layout.adjustedX).toBeNull();
    expect(layout.key).toEqual([]);
    expect(layout.plot.bottom).toBe(400 - 56);
    expect(layoutFunnel({ ...input, filled: [] })).toEqual(layout);
  });

  it('places the filled studies and the adjusted line inside the plot, widening the axis to hold them', () => {
    const layout = layoutFunnel({ ...input, filled, adjustedCentre: -1.4 });
    expect(layout.filled.map((point) => point.id)).toEqual(['f1', 'f2']);
    for (const point of layout.filled) {
      expect(point.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(point.x).toBeLessThanOrEqual(layout.plot.right);
      expect(point.y).toBeGreaterThanOrEqual(layout.plot.top);
      expect(point.y).toBeLessThanOrEqual(layout.plot.bottom);
    }
    // The largest se is now a filled study's, so it sets the depth of the axis.
    const [, second] = layout.filled;
    expect(second?.y).toBeLessThan(layout.plot.bottom);
    expect(second?.y).toBeGreaterThan(layout.plot.bottom - 20);
    expect(layout.adjustedX).toBeGreaterThanOrEqual(layout.plot.left);
    expect(layout.adjustedX).toBeLessThan(layout.centreX);
    expect(layout.xTicks[0]?.value).toBeLessThanOrEqual(-1.4);
  });

  it('keys every kind of mark in words, below the axis label, without overlapping entries', () => {
    const layout = layoutFunnel({ ...input, filled, adjustedCentre: 0.25 });
    expect(layout.key.map((entry) => [entry.mark, entry.text])).toEqual([
      ['study', 'Study'],
      ['left-out', 'Left out'],
      ['filled', 'Filled by trim-and-fill'],
      ['adjusted', 'Trim-and-fill estimate'],
    ]);
    expect(layout.plot.bottom).toBe(400 - 56 - 24);
    for (const entry of layout.key) {
      expect(entry.y).toBeGreaterThan(layout.plot.bottom + 42);
      expect(entry.y).toBeLessThanOrEqual(layout.height);
      expect(entry.textX).toBeGreaterThan(entry.x);
    }
    layout.key.slice(1).forEach((entry, index) => {
      const previous = layout.key[index];
      expect(entry.x).toBeGreaterThan((previous?.textX ?? 0) + (previous?.text.length ?? 0) * 6);
    });
    const last = layout.key[layout.key.length - 1];
    expect((last?.textX ?? 0) + (last?.text.length ?? 0) * 7).toBeLessThanOrEqual(layout.width);
  });

  it('keys no left-out mark when no study is left out, and skips filled studies it cannot place', () => {
    const layout = layoutFunnel({
      ...input,
      points: input.points.map((point) => ({ ...point, muted: false })),
      filled: [...filled, { id: 'bad', label: 'Bad', effect: Number.NaN, se: 0.1 }],
    });
    expect(layout.filled).toHaveLength(2);
    expect(layout.key.map((entry) => entry.mark)).toEqual(['study', 'filled']);
  });
});
