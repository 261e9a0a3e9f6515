/** A one-line progress bar on stderr (stdout stays clean for --format json/csv). */
export class ProgressBar {
  private lastLine = '';
  private lastPrint = 0;
  private readonly tty = process.stderr.isTTY === true;

  update(label: string, fraction: number, detail = ''): void {
    const pct = Math.max(0, Math.min(1, fraction));
    const width = 30;
    const filled = Math.round(pct * width);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(pct * 100).toFixed(0).padStart(3)}% ${label}${detail ? ` (${detail})` : ''}`;
    if (this.tty) {
      process.stderr.write(`\r${line.padEnd(this.lastLine.length)}`);
    } else if (Date.now() - this.lastPrint > 2000 || pct === 1) {
      // Logs (CI, pipes) get a line every two seconds instead of a redrawn bar.
      process.stderr.write(`${line}\n`);
      this.lastPrint = Date.now();
    }
    this.lastLine = line;
  }

  done(): void {
    if (this.tty && this.lastLine) process.stderr.write('\n');
    this.lastLine = '';
  }
}
