/**
 * Turns an API name into the AWS CLI's name for it, exactly as botocore's `xform_name(name, '-')` does:
 * `CreateService` → `create-service`, `clusterName` → `cluster-name`, `enableECSManagedTags` →
 * `enable-ecs-managed-tags`, `ResourceId` → `resource-id`. Operation names become sub-commands and
 * input members become flags (with `--` in front).
 */
export function cliNameOf(name: string): string {
  const cached = cliNames.get(name);
  if (cached !== undefined) return cached;
  const result = xformName(name);
  if (cliNames.size < 10_000) cliNames.set(name, result);
  return result;
}

/** API names are a small fixed set: each is converted once. */
const cliNames = new Map<string, string>();

function xformName(name: string): string {
  if (name.includes('-')) return name;
  let s = name;
  // botocore's special case: a trailing plural acronym ("ARNs", "ACLs") becomes one word ("-arns").
  const special = /[A-Z]{2,}s$/.exec(s);
  if (special) s = `${s.slice(0, -special[0].length)}-${special[0].toLowerCase()}`;
  s = s.replace(/(.)([A-Z][a-z]+)/g, '$1-$2');
  s = s.replace(/([a-z0-9])([A-Z])/g, '$1-$2');
  return s.toLowerCase();
}
