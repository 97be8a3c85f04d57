import { describe, expect, it } from 'vitest';
import { inWindow, reminderMoment, windowEdgeWithin } from '../../../src/shared/quiet-hours.js';

const zone = 'America/Guayaquil';
const window = { startMinute: 8 * 60, endMinute: 19 * 60 };
/** A Guayaquil wall-clock time (UTC-5) as an instant. */
const at = (local: string) => new Date(`${local}:00-05:00`);

describe('quiet hours', () => {
  it('knows the window, and that 00:00-24:00 is always', () => {
    expect(inWindow(at('2026-12-01T07:59'), window, zone)).toBe(false);
    expect(inWindow(at('2026-12-01T08:00'), window, zone)).toBe(true);
    expect(inWindow(at('2026-12-01T19:00'), window, zone)).toBe(false);
    expect(inWindow(at('2026-12-01T03:00'), { startMinute: 0, endMinute: 1440 }, zone)).toBe(true);
  });

  it('sends a reminder due in the window when it is due', () => {
    expect(reminderMoment(at('2026-12-01T10:00'), at('2026-12-02T10:00'), window, zone)).toEqual(at('2026-12-01T10:00'));
  });

  it('holds a reminder due at night until the window opens, if the session has not started by then', () => {
    expect(reminderMoment(at('2026-12-01T21:00'), at('2026-12-02T21:00'), window, zone)).toEqual(at('2026-12-02T08:00'));
    expect(reminderMoment(at('2026-12-01T06:00'), at('2026-12-02T06:00'), window, zone)).toEqual(at('2026-12-01T08:00'));
  });

  it('brings a reminder forward to the last in-window minute when the session starts before the window opens', () => {
    expect(reminderMoment(at('2026-12-02T05:00'), at('2026-12-02T07:00'), window, zone)).toEqual(at('2026-12-01T18:59'));
    expect(reminderMoment(at('2026-12-01T20:00'), at('2026-12-01T22:00'), window, zone)).toEqual(at('2026-12-01T18:59'));
  });

  it('tells whether the window opened, or its last minute began, between two sweeps', () => {
    const edge = (from: string, to: string) => windowEdgeWithin(at(from), at(to), window, zone);
    expect(edge('2026-12-01T07:59', '2026-12-01T08:00')).toBe(true);
    expect(edge('2026-12-01T08:00', '2026-12-01T08:01')).toBe(false);
    expect(edge('2026-12-01T18:58', '2026-12-01T18:59')).toBe(true);
    expect(edge('2026-12-01T12:00', '2026-12-01T18:58')).toBe(false);
    expect(edge('2026-12-01T23:59', '2026-12-02T08:00')).toBe(true);
    expect(edge('2026-12-01T20:00', '2026-12-02T07:00')).toBe(false);
    expect(edge('2026-12-01T09:00', '2026-12-02T09:00')).toBe(true);
  });
});
