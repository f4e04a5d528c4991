import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// fakeBrowser lacks these two APIs; tests that need specific behaviour override the stubs.
(fakeBrowser as any).i18n.getMessage = vi.fn((key: string) => key);
(fakeBrowser as any).scripting = { executeScript: vi.fn(async () => []) };

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());
