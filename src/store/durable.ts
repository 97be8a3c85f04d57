import { closeSync, fsyncSync, openSync } from 'node:fs';

/**
 * Makes a file's bytes, or a directory's entries (a rename or a new file in it), durable:
 * the path is opened and fsynced.
 */
export function syncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
