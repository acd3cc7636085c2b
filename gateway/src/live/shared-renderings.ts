/** How long a rendered event message is kept for other subscribers of the same scope. */
const KEEP_MS = 10_000;

/** One rendering per event, selection and scope, shared by the subscribers that would get the same message. */
export class SharedRenderings {
  private readonly entries = new Map<string, { result: Promise<unknown>; timer: NodeJS.Timeout }>();

  get<T>(key: string, render: () => Promise<T>): Promise<T> {
    const known = this.entries.get(key);
    if (known) return known.result as Promise<T>;
    const result = render();
    const timer = setTimeout(() => this.entries.delete(key), KEEP_MS);
    timer.unref();
    this.entries.set(key, { result, timer });
    result.catch(() => this.entries.delete(key));
    return result;
  }

  clear(): void {
    for (const { timer } of this.entries.values()) clearTimeout(timer);
    this.entries.clear();
  }
}
