/**
 * Page paths of a project. A project is addressed by id or by name, and a name may hold
 * spaces, slashes or `%`: it is encoded exactly once, as one path segment.
 */
export const projectPath = (projectId: string) => `/projects/${encodeURIComponent(projectId)}`;

export const annotatePath = (projectId: string) => `${projectPath(projectId)}/annotate`;

/**
 * A dynamic route segment as the router hands it to a page is still percent-encoded
 * (`ui%20banking77`); decode it once before using it as an id or a name. A segment that is
 * not valid percent-encoding (a stray `%`) is used as it came.
 */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
