/** Text escaped to match itself inside a RegExp. */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
