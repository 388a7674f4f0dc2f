#!/usr/bin/env node
// Entry of `npx verdict …`: the CLI is TypeScript, run through tsx's loader.
import { register } from 'tsx/esm/api';

process.env.VERDICT_CLI = '1';
register();
await import('../lib/cli/main.ts');
