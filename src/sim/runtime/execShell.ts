/**
 * The tiny shell an ECS Exec session runs in (BusyBox-like, as in a Node.js Alpine image): enough to inspect
 * the environment, injected secrets and the app's health endpoint. Anything else is `not found` (exit 127).
 */
import type { ExecShellResult } from '../contract.ts';
import { findParameter, findSecret } from './prestartChecks.ts';
import type { SimState } from './state.ts';
import type { TaskDefinitionLookup } from './taskLifecycle.ts';

/** ECS Exec sessions end after 20 minutes without input (reference §7.2). */
export const EXEC_IDLE_TIMEOUT_MS = 20 * 60_000;

const ok = (output: string, exitCode = 0): ExecShellResult => ({ output, exitCode, closed: false });

/** The container's environment: task-definition variables, injected secrets, and what ECS/Fargate adds. */
export function containerEnvironment(state: SimState, taskId: string, containerName: string, lookup: TaskDefinitionLookup): Record<string, string> {
  const task = state.tasks[taskId];
  if (!task) return {};
  const def = lookup(task.taskDefinitionArn)?.containerDefinitions.find((c) => c.name === containerName);
  const env: Record<string, string> = {
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    HOSTNAME: `ip-${task.privateIp.replaceAll('.', '-')}.ec2.internal`,
    HOME: '/root',
    AWS_EXECUTION_ENV: 'AWS_ECS_FARGATE',
    AWS_REGION: state.account.region,
    AWS_DEFAULT_REGION: state.account.region,
    ECS_AGENT_URI: `http://169.254.170.2/api/${task.id}-${task.containers[0]?.runtimeId?.split('-')[1] ?? '0'}`,
    ECS_CONTAINER_METADATA_URI: `http://169.254.170.2/v3/${task.id}-${containerName}`,
    ECS_CONTAINER_METADATA_URI_V4: `http://169.254.170.2/v4/${task.id}-${containerName}`,
  };
  if (lookup(task.taskDefinitionArn)?.taskRoleArn) {
    env['AWS_CONTAINER_CREDENTIALS_RELATIVE_URI'] = `/v2/credentials/${task.attachmentId}`;
  }
  for (const e of def?.environment ?? []) env[e.name] = e.value;
  for (const e of task.containerOverrides?.find((o) => o.name === containerName)?.environment ?? []) env[e.name] = e.value;
  for (const s of def?.secrets ?? []) {
    const secret = findSecret(state, s.valueFrom);
    const parameter = secret ? undefined : findParameter(state, s.valueFrom);
    env[s.name] = secret?.value ?? parameter?.value ?? '';
  }
  return env;
}

/** Runs one command line in the session's container. */
export function runShellLine(
  state: SimState,
  sessionId: string,
  line: string,
  lookup: TaskDefinitionLookup,
): ExecShellResult {
  const session = state.execSessions[sessionId];
  if (!session || session.closed) return { output: `Session ${sessionId} is not open.`, exitCode: 1, closed: true };
  if (state.now - session.lastActivityAt > EXEC_IDLE_TIMEOUT_MS) {
    session.closed = true;
    return { output: `\n\nExiting session with sessionId: ${sessionId}.\n`, exitCode: 0, closed: true };
  }
  session.lastActivityAt = state.now;
  const task = state.tasks[session.taskId];
  const container = task?.containers.find((c) => c.name === session.container);
  if (!task || !container || container.lastStatus !== 'RUNNING') {
    session.closed = true;
    return { output: '', exitCode: 0, closed: true };
  }
  const words = line.trim().split(/\s+/).filter((w) => w !== '');
  const [cmd, ...args] = words;
  const env = containerEnvironment(state, task.id, container.name, lookup);
  switch (cmd) {
    case undefined:
      return ok('');
    case 'exit':
      session.closed = true;
      return { output: `\n\nExiting session with sessionId: ${sessionId}.\n`, exitCode: 0, closed: true };
    case 'env':
    case 'printenv': {
      if (cmd === 'printenv' && args[0]) {
        const v = env[args[0]];
        return v === undefined ? ok('', 1) : ok(`${v}\n`);
      }
      return ok(Object.entries(env).map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
    }
    case 'echo':
      return ok(`${args.map((a) => a.replace(/^\$\{?(\w+)\}?$/, (_, n: string) => env[n] ?? '').replace(/^["']|["']$/g, '')).join(' ')}\n`);
    case 'hostname':
      return ok(`${env['HOSTNAME']}\n`);
    case 'whoami':
      return ok('root\n');
    case 'pwd':
      return ok(`${session.cwd}\n`);
    case 'ls':
      return ok(session.cwd === '/app' ? 'Dockerfile\nnode_modules\npackage-lock.json\npackage.json\nsrc\n' : 'app\nbin\ndev\netc\nhome\nlib\nmedia\nmnt\nopt\nproc\nroot\nrun\nsbin\nsrv\nsys\ntmp\nusr\nvar\n');
    case 'cd':
      session.cwd = args[0] === undefined || args[0] === '~' ? '/root' : args[0].startsWith('/') ? args[0] : `${session.cwd}/${args[0]}`;
      return ok('');
    case 'cat':
      if (args[0] === '/etc/os-release') {
        return ok('NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.19.1\nPRETTY_NAME="Alpine Linux v3.19"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n');
      }
      return ok(`cat: can't open '${args[0] ?? ''}': No such file or directory\n`, 1);
    case 'ps':
      return ok(
        'PID   USER     TIME  COMMAND\n    1 root      0:01 node src/server.js\n   18 root      0:00 /managed-agents/execute-command/amazon-ssm-agent\n   41 root      0:00 /managed-agents/execute-command/ssm-agent-worker\n   63 root      0:00 /bin/sh\n   70 root      0:00 ps\n',
      );
    case 'wget': {
      const url = args.find((a) => /^https?:\/\//.test(a)) ?? '';
      const m = /^https?:\/\/(localhost|127\.0\.0\.1)(?::(\d+))?(\/\S*)?$/.exec(url);
      const port = m ? Number(m[2] ?? 80) : NaN;
      if (m && container.ports.includes(port)) {
        return ok(args.includes('--spider') ? `Connecting to ${m[1]}:${port} (${m[1] === 'localhost' ? '127.0.0.1' : m[1]}:${port})\nremote file exists\n` : `Connecting to ${m[1]}:${port}\nsaving to 'index.html'\n'index.html' saved\n`);
      }
      const host = m ? `${m[1]}:${m[2] ?? 80}` : url.replace(/^https?:\/\//, '').split('/')[0] ?? '';
      return ok(`Connecting to ${host} (${m ? '127.0.0.1' : host}:${m ? port : 80})\nwget: can't connect to remote host (${m ? '127.0.0.1' : host}): Connection refused\n`, 1);
    }
    default:
      return ok(`/bin/sh: ${cmd}: not found\n`, 127);
  }
}
