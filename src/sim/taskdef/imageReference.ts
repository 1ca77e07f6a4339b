/**
 * Container image references: `[registry[:port]/]repository[:tag][@digest]`, following the Docker reference
 * grammar (distribution/reference), plus recognition of private Amazon ECR URIs
 * (`<account>.dkr.ecr.<region>.amazonaws.com/<repo>:<tag>`), which on Fargate need the execution role to pull.
 */

/** The parts of an image reference. */
export interface ImageReference {
  /** Registry host (with port), when the first component looks like a host; absent for Docker Hub short names. */
  registry?: string;
  /** Repository path, e.g. `user-service` or `library/nginx`. */
  repository: string;
  /** Tag, when given (`v1.2.3`, `latest`). */
  tag?: string;
  /** Digest, when given (`sha256:…`). */
  digest?: string;
  /** Set for private ECR images: the account and region encoded in the registry host. */
  ecr?: { accountId: string; region: string };
}

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*(?::[0-9]+)?$/;
const ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d)\.amazonaws\.com(?:\.cn)?$/;

/** Parses an image reference; undefined when it is not valid (Docker would say "invalid reference format"). */
export function parseImageReference(image: string): ImageReference | undefined {
  if (image.length === 0 || image.length > 255 * 4) return undefined;
  let rest = image;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return undefined;
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > lastSlash) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (!TAG.test(tag)) return undefined;
  }
  const components = rest.split('/');
  let registry: string | undefined;
  // Docker's rule: the first component is a registry host when it contains "." or ":" or is "localhost".
  const first = components[0] ?? '';
  if (components.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = first;
    components.shift();
    if (!HOST.test(registry)) return undefined;
  }
  if (components.length === 0 || !components.every((c) => PATH_COMPONENT.test(c))) return undefined;
  const ref: ImageReference = { repository: components.join('/') };
  if (registry !== undefined) ref.registry = registry;
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  const ecr = registry === undefined ? null : ECR_HOST.exec(registry);
  if (ecr) ref.ecr = { accountId: ecr[1] as string, region: ecr[2] as string };
  return ref;
}

/**
 * True for a private Amazon ECR image. We also recognise ECR hosts inside otherwise-invalid references, because
 * AWS decides "ECR image, needs the execution role" from the host alone.
 */
export function isPrivateEcrImage(image: string): boolean {
  const host = image.split('/')[0] ?? '';
  return image.includes('/') && ECR_HOST.test(host);
}
