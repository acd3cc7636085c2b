/** Counts SQL statements per subgraph, for asserting that a request stays bounded. */
export class SqlCounter {
  private readonly counts = new Map<string, number>();

  hook(subgraph: string) {
    return (message: string) => {
      if (message.startsWith('[query]')) this.counts.set(subgraph, (this.counts.get(subgraph) ?? 0) + 1);
    };
  }

  reset(): void {
    this.counts.clear();
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }
}
