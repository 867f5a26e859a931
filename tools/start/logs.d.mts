export const LOG_MAX_BYTES: number;
export const LOG_KEEP: number;

export interface LogFile {
  readonly path: string;
  write(text: string): void;
}

export function logFile(dir: string, name: string, opts?: { maxBytes?: number; keep?: number }): LogFile;
