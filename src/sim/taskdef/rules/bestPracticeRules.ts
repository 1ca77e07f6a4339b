/**
 * Course best-practice findings. AWS accepts all of these; they are warnings (or info) that teach habits the
 * chapter recommends: secrets out of `environment`, health checks on essential containers, pinned image tags,
 * and logs that go somewhere.
 */
import { DOCS, diagnostic } from '../diagnostic.ts';
import { parseImageReference } from '../imageReference.ts';
import { getArray, getString, has, isObject } from '../jsonAccess.ts';
import { looksLikeSecretName } from '../secretLikeName.ts';
import { containerPath, type Rule } from './ruleContext.ts';

/** `environment-secret-literal`: a credential-looking variable with a literal value belongs in `secrets`. */
export const environmentSecretRule: Rule = (ctx, out) => {
  for (const c of ctx.containers) {
    getArray(c.def, 'environment')?.forEach((entry, j) => {
      if (!isObject(entry)) return;
      const name = getString(entry, 'name');
      const value = getString(entry, 'value');
      if (name === undefined || value === undefined || value === '' || !looksLikeSecretName(name)) return;
      out.push(
        diagnostic(
          'warning',
          'environment-secret-literal',
          [...containerPath(c), 'environment', j, 'value'],
          `'${name}' looks like a secret but its value is written in plain text in the task definition, where anyone who can describe it can read it. Store it in Secrets Manager or SSM Parameter Store and reference it from 'secrets' (valueFrom) instead.`,
          DOCS.environment,
        ),
      );
    });
  }
};

/** `essential-container-without-health-check`: without one, ECS only notices the process exiting. */
export const healthCheckPresenceRule: Rule = (ctx, out) => {
  for (const c of ctx.containers) {
    if (c.def['essential'] === false || has(c.def, 'healthCheck')) continue;
    out.push(
      diagnostic(
        'warning',
        'essential-container-without-health-check',
        [...containerPath(c), 'healthCheck'],
        `Essential container '${c.name}' has no healthCheck, so its health stays UNKNOWN and ECS only replaces it when the process exits, not when it hangs.`,
        DOCS.healthChecks,
      ),
    );
  }
};

/** `image-tag-latest`, `image-tag-missing`: deployments should name an immutable version. */
export const imageTagRule: Rule = (ctx, out) => {
  for (const c of ctx.containers) {
    const image = getString(c.def, 'image');
    const ref = image === undefined ? undefined : parseImageReference(image);
    if (ref === undefined || ref.digest !== undefined) continue;
    const path = [...containerPath(c), 'image'];
    if (ref.tag === undefined) {
      out.push(
        diagnostic(
          'warning',
          'image-tag-missing',
          path,
          `Image '${image}' has no tag, so it means ':latest'. Pin a version tag (e.g. ':v1.2.3') or a digest so every task of a revision runs the same code and rollbacks work.`,
          DOCS.images,
        ),
      );
    } else if (ref.tag === 'latest') {
      out.push(
        diagnostic(
          'warning',
          'image-tag-latest',
          path,
          `Image tag 'latest' moves with every push, so tasks of the same revision can run different code and rolling back to an older revision does not bring the old code back. Pin a version tag or a digest.`,
          DOCS.images,
        ),
      );
    }
  }
};

/** `log-configuration-missing` (info): without a log driver, the container's output is lost on Fargate. */
export const logConfigurationPresenceRule: Rule = (ctx, out) => {
  for (const c of ctx.containers) {
    if (has(c.def, 'logConfiguration')) continue;
    out.push(
      diagnostic(
        'info',
        'log-configuration-missing',
        [...containerPath(c), 'logConfiguration'],
        `Container '${c.name}' has no logConfiguration, so its output is not kept anywhere you can read it. The awslogs driver sends it to CloudWatch Logs.`,
        DOCS.logging,
      ),
    );
  }
};
