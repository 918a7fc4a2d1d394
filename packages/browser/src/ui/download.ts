/** Saves a blob under `filename` through a temporary link (no server round trip). */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from the focus entity and the date, safe on every file system. */
export function exportName(focus: string | null, extension: string, now = new Date()): string {
  const stem = (focus ?? 'view').replace(/[^a-z0-9-]+/gi, '-').slice(0, 60);
  return `newsgraph-${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
}
