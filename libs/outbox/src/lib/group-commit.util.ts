interface Waiting<I, O> {
  readonly item: I;
  resolve(out: O): void;
  reject(e: unknown): void;
}

/**
 * Group commit: calls made while a statement is in flight wait and go together in the next one.
 * A call made when nothing is in flight goes at once, so a quiet worker adds no delay; a busy one
 * makes one round trip (and one commit) for many jobs instead of one each.
 */
export class GroupCommit<I, O> {
  private readonly waiting: Waiting<I, O>[] = [];
  private inFlight = false;

  /** `run` answers each item, in order; if it throws, every call in that group fails with it. */
  constructor(
    private readonly run: (items: readonly I[]) => Promise<readonly O[]>,
    private readonly maxGroup = 100,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.inFlight || this.waiting.length === 0) return;
    this.inFlight = true;
    const group = this.waiting.splice(0, this.maxGroup);
    void this.run(group.map((w) => w.item))
      .then(
        (outs) => group.forEach((w, i) => w.resolve(outs[i] as O)),
        (e: unknown) => group.forEach((w) => w.reject(e)),
      )
      .finally(() => {
        this.inFlight = false;
        this.pump();
      });
  }
}
