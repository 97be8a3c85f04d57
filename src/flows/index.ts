/** Every flow the bot offers, in the order /ayuda lists them. */
import { inviteFlow } from './invite.js';
import { languageFlow } from './language.js';
import type { Flow } from './types.js';

/** The flows, registered with the engine at start-up. */
export const FLOWS: readonly Flow[] = [inviteFlow as Flow, languageFlow as Flow];
