import { describe, expect, it } from 'vitest';
import { layoutBubble, MAX_RADIUS, MIN_RADIUS, type BubbleInput } from './bubble-layout';

const input: BubbleInput = {
  points: [
    { id: 'a', label: 'A', x: 10, y: -1, weight: 40 },
    { id: 'b', label: 'B', x: 20, y: 0.5, weight: 10 },
    { id: 'c', label: 'C', x: 30, y: 1, weight: 0 },
  ],
  line: [
    { value: 10, fit: -0.8, lower: -1.2, upper: -0.4 },
    { value: 30, fit: 1.1, lower: 0.7, upper: 1.5 },
  ],
  xLabel: 'Latitude',
  yLabel: 'log risk ratio',
};

describe('layoutBubble', () => {
  it('draws one circle per study, its area proportional to its weight, the largest first', () => {
    const layout = layoutBubble(input);
    expect(layout.circles.map((circle) => circle.id)).toEqual(['a', 'b', 'c']);
    const [a, b, c] = layout.circles;
    expect(a?.r).toBe(MAX_RADIUS);
    // Area follows weight: a quarter of the weight, a quarter of the area, half the radius.
    expect(b?.r).toBe(MAX_RADIUS / 2);
    expect(c?.r).toBe(MIN_RADIUS);
  });

  it('puts larger moderator values to the right and larger effects higher, inside the plot', () => {
    const layout = layoutBubble(input);
    const byId = new Map(layout.circles.map((circle) => [circle.id, circle]));
    expect(byId.get('a')?.cx).toBeLessThan(byId.get('b')?.cx ?? 0);
    expect(byId.get('a')?.cy).toBeGreaterThan(byId.get('c')?.cy ?? 0);
    for (const circle of layout.circles) {
      expect(circle.cx).toBeGreaterThanOrEqual(layout.plot.left);
      expect(circle.cx).toBeLessThanOrEqual(layout.plot.right);
      expect(circle.cy).toBeGreaterThanOrEqual(layout.plot.top);
      expect(circle.cy).toBeLessThanOrEqual(layout.plot.bottom);
    }
    expect(layout.zeroY).not.toBeNull();
    expect(layout.xTicks.map((tick) => tick.value)).toContain(20);
  });

  it('draws the fitted line and a closed band around it', () => {
    const layout = layoutBubble(input);
    expect(layout.linePath).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
    expect(layout.bandPath.match(/[ML]/g)).toHaveLength(4);
    expect(layout.bandPath.endsWith('Z')).toBe(true);
  });

  it('survives one value, no line and values it cannot place', () => {
    const layout = layoutBubble({
      points: [
        { id: 'a', label: 'A', x: 5, y: 0.2, weight: 100 },
        { id: 'b', label: 'B', x: Number.NaN, y: 0.2, weight: 1 },
      ],
      line: [],
      xLabel: 'x',
      yLabel: 'y',
    });
    expect(layout.circles).toHaveLength(1);
    expect(layout.linePath).toBe('');
    expect(layout.bandPath).toBe('');
    expect(Number.isFinite(layout.circles[0]?.cx)).toBe(true);
  });
});
