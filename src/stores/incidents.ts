/**
 * The incident library, loaded with the engine right after the first paint (pages wait for both
 * before they show anything), so the first load stays small. By the time a page can be clicked,
 * `library()` resolves at once.
 */
type Library = typeof import('./incident-session');

let loaded: Promise<Library> | null = null;

export function library(): Promise<Library> {
  loaded ??= import('./incident-session');
  return loaded;
}
