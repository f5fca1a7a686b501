import type { ChunkedFile } from '../log/chunked-file';
import type { SegmentStore } from './segment-store';

/**
 * Which store fileId each in-memory {@link ChunkedFile} is written under. The persister assigns ids to
 * new files, the loader registers the ids of files it rebuilt; a cold read then finds its chunks by
 * fileId, which (unlike the path) stays right while a rename is still on its way to the store.
 *
 * @example
 *   const fileIds = await FileIds.forStore(store); // next id past every stored one
 *   const id = fileIds.assign(file);
 *   fileIds.idOf(file); // id
 */
export class FileIds {
  /** Weak, so a deleted segment's ChunkedFile is collected without anyone telling us. */
  private readonly ids = new WeakMap<ChunkedFile, number>();

  constructor(private nextId = 1) {}

  /** Starts past the highest fileId in the store, so new files never collide with stored ones. */
  static async forStore(store: SegmentStore): Promise<FileIds> {
    let highest = 0;
    for (const file of await store.listFiles()) highest = Math.max(highest, file.fileId);
    return new FileIds(highest + 1);
  }

  idOf(file: ChunkedFile): number | undefined {
    return this.ids.get(file);
  }

  /** A new id for a file the store has never seen. */
  assign(file: ChunkedFile): number {
    const id = this.nextId;
    this.nextId += 1;
    this.ids.set(file, id);
    return id;
  }

  /** Remembers the id a file was loaded from. */
  register(file: ChunkedFile, fileId: number): void {
    this.ids.set(file, fileId);
    this.nextId = Math.max(this.nextId, fileId + 1);
  }

  /** Allocates an id with no file behind it (a file created and deleted before it was ever written). */
  allocate(): number {
    const id = this.nextId;
    this.nextId += 1;
    return id;
  }
}
