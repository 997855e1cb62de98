// Byte sizes and speeds for messages, built on the French number format.
import { NBSP, formatNumber } from '../../format/fr.js';

const UNITS = ['o', 'ko', 'Mo', 'Go'];

/** 1234567 → `1,2 Mo` (decimal units, as French file managers show them). */
export function formatSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${formatNumber(value, unit === 0 ? 0 : 1)}${NBSP}${UNITS[unit]}`;
}

/** Bytes per second → `2,5 Mo/s`. */
export function formatSpeed(bytesPerSecond: number): string {
  return `${formatSize(bytesPerSecond)}/s`;
}
