#!/usr/bin/env -S node --no-regexp-tier-up
import '../dist/cli/main.js';
