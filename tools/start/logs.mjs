// npm start keeps everything the API and the worker print, JSON log lines included, in
// DATA_DIR/logs/<name>.log, while the terminal shows only the lines meant for a person. A file
// that reaches its limit becomes <name>.1.log (the one before, <name>.2.log, and so on); the oldest
// goes, so the logs never fill the disk.
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const LOG_MAX_BYTES = 10 * 1024 * 1024;
export const LOG_KEEP = 5;

/** A writer for one process's log file in `dir`, rotated by size. */
export function logFile(dir, name, { maxBytes = LOG_MAX_BYTES, keep = LOG_KEEP } = {}) {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.log`);
  const older = (n) => join(dir, `${name}.${n}.log`);
  let size = existsSync(path) ? statSync(path).size : 0;
  const rotate = () => {
    rmSync(older(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) if (existsSync(older(n))) renameSync(older(n), older(n + 1));
    renameSync(path, older(1));
    size = 0;
  };
  return {
    path,
    write(text) {
      const bytes = Buffer.byteLength(text);
      try {
        if (size > 0 && size + bytes > maxBytes) rotate();
        appendFileSync(path, text);
        size += bytes;
      } catch {
        // A full disk or a removed directory must not stop Member Alerts; the terminal still shows it.
      }
    },
  };
}
