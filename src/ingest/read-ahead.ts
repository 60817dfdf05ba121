/**
 * Prepares items one after another, in order, up to a bound ahead of the consumer, so that reading
 * and handing out work overlaps with the consumer's own work (writing to the database) while memory
 * stays bounded. Items are taken in the same order.
 */
export interface Prepared<T> {
  value: T;
  /** What the item holds in memory until it is taken. */
  bytes: number;
}

export class ReadAhead<T> {
  private readonly results = new Map<number, { ok: Prepared<T> } | { error: unknown }>();
  private readonly waiting = new Map<number, () => void>();
  private wake: (() => void) | undefined;
  private items = 0;
  private bytes = 0;
  private stopped = false;

  constructor(
    private readonly count: number,
    private readonly prepare: (position: number) => Promise<Prepared<T>>,
    private readonly limits: { items: number; bytes: number },
  ) {
    void this.run();
  }

  private async run(): Promise<void> {
    for (let position = 0; position < this.count && !this.stopped; position++) {
      while (this.items >= this.limits.items || this.bytes >= this.limits.bytes) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        if (this.stopped) return;
      }
      try {
        const ok = await this.prepare(position);
        this.items++;
        this.bytes += ok.bytes;
        this.results.set(position, { ok });
      } catch (error) {
        this.results.set(position, { error });
        this.stopped = true;
      }
      this.waiting.get(position)?.();
    }
  }

  /** The prepared item at `position`; positions must be taken in order. */
  async take(position: number): Promise<T> {
    if (!this.results.has(position)) await new Promise<void>((resolve) => this.waiting.set(position, resolve));
    this.waiting.delete(position);
    const result = this.results.get(position)!;
    this.results.delete(position);
    if ('error' in result) throw result.error;
    this.items--;
    this.bytes -= result.ok.bytes;
    this.wake?.();
    this.wake = undefined;
    return result.ok.value;
  }

  /** Stops preparing (the consumer gave up). */
  stop(): void {
    this.stopped = true;
    this.wake?.();
  }
}
