/**
 * Links from which a person downloads a stored file too large for their channel. The
 * bot's web server (when it runs) makes them; without one, such a file is sent in parts.
 */
import type { ChannelId } from './messages.js';

/** A stored file, as a link to it needs to know it. */
export interface LinkableFile {
  sha256: string;
  name: string;
  mime: string;
  size: number;
}

/** Makes download links; the dispatcher asks it before splitting a file in parts. */
export interface DownloadLinks {
  /**
   * A URL from which `recipient` can download `file` (the server checks it and may let it
   * expire), or undefined when no link can be made now.
   */
  linkFor(file: LinkableFile, recipient: { channel: ChannelId; address: string }): string | undefined;
}
