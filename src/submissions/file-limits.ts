/** Limits that keep a hostile or broken file from exhausting time or memory (issue 8). */
export const FILE_LIMITS = {
  /** Bytes on disk. */
  maxFileBytes: 50 * 1024 * 1024,
  /** Sum of uncompressed entry sizes of an xlsx (zip bomb guard). */
  maxUncompressedBytes: 400 * 1024 * 1024,
} as const;
