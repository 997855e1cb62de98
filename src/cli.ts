#!/usr/bin/env node
// territrade: one entry, one sub-command per verb. Messages are in French.
import { Command } from 'commander';
import { runCli } from './commands/run.js';

const program = new Command();
await runCli(program, process.argv);
