import type { Command } from 'commander'
export function registerBackfillCommand(_program: Command): void {}
