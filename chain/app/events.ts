// Events of a transaction or block. Attributes are indexed by default (the SDK's behaviour with an
// empty index-events list), so CometBFT's kv indexer can search them.
import type { Event } from "cosmjs-types/tendermint/abci/types";

export type EventAttributes = Record<string, string> | [key: string, value: string][];

export class EventManager {
  private readonly list: Event[] = [];

  emit(type: string, attributes: EventAttributes, index = true): void {
    const pairs = Array.isArray(attributes) ? attributes : Object.entries(attributes);
    this.list.push({ type, attributes: pairs.map(([key, value]) => ({ key, value, index })) });
  }

  append(events: readonly Event[]): void {
    for (const event of events) this.list.push(event); // no spread: a block may emit more events than a call takes arguments
  }

  get events(): readonly Event[] {
    return this.list;
  }
}
