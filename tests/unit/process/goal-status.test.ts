/** Whether a goal is reached, by its stated comparison; expectations by hand. */
import { describe, expect, it } from 'vitest';
import { vergleichOf, zielStatus, type Vergleich, type ZielStatus } from '../../../src/process/goal-status.ts';

type Case = [vergleich: Vergleich, zielwert: number, aktuell: number | null, decimals: number, status: ZielStatus];

const cases: Case[] = [
  // mindestens: at or above the target
  ['mindestens', 6.0, 5.6, 1, 'nicht-erreicht'],
  ['mindestens', 6.0, 6.0, 1, 'erreicht'],
  ['mindestens', 6.0, 6.4, 1, 'erreicht'],
  ['mindestens', 0.0, -0.9, 1, 'nicht-erreicht'],
  ['mindestens', 0.0, 0.0, 1, 'erreicht'],
  ['mindestens', 3300, 2929, 0, 'nicht-erreicht'],
  // höchstens: at or below the target
  ['hoechstens', 35.0, 35.2, 1, 'nicht-erreicht'],
  ['hoechstens', 35.0, 35.0, 1, 'erreicht'],
  ['hoechstens', 35.0, 34.9, 1, 'erreicht'],
  ['hoechstens', 0.0, -0.9, 1, 'erreicht'],
  ['hoechstens', 1100, 1582, 0, 'nicht-erreicht'],
  // compared as published: 5,96 prints as 6,0 and meets „mindestens 6,0“; 5,94 prints as 5,9 and does not
  ['mindestens', 6.0, 5.96, 1, 'erreicht'],
  ['mindestens', 6.0, 5.94, 1, 'nicht-erreicht'],
  ['hoechstens', 35.0, 35.04, 1, 'erreicht'],
  ['hoechstens', 35.0, 35.05, 1, 'nicht-erreicht'],
  // no published latest value
  ['mindestens', 6.0, null, 1, 'offen'],
  ['hoechstens', 35.0, null, 1, 'offen'],
];

describe('zielStatus', () => {
  it.each(cases)('%s %d, latest %s (%d places) → %s', (vergleich, zielwert, aktuell, decimals, status) => {
    expect(zielStatus(vergleich, zielwert, aktuell, decimals)).toBe(status);
  });

  it('takes the comparison from the richtung, none for a neutral indicator', () => {
    expect([vergleichOf('steigend_gut'), vergleichOf('steigend_schlecht'), vergleichOf('neutral')]).toEqual(['mindestens', 'hoechstens', null]);
  });
});
