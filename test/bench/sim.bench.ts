/**
 * `npm run bench:sim` — a report, not a test: how fast the simulator core runs the three workloads of issue 3.
 *   (a) one simulated hour of a 100-task service under target tracking with a spiky load   (target < 200 ms)
 *   (b) a rolling deploy of a 1,000-task service, update-service to steady state            (target < 1 s)
 *   (c) 10,000 `describe-services --query …` commands through the CLI layer                 (target ≥ 20,000/s)
 * Each workload runs a few times on a fresh simulation; the table shows the median wall time.
 */
import { performance } from 'node:perf_hooks';
import { createSimulation, defaultScenario, runCommandLine, runScript, type Simulation } from '../../src/sim/index.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** The default scenario with subnets big enough for 2,000 tasks (a /16 each), so (b) measures the engine, not IPs. */
function roomyScenario() {
  const scenario = structuredClone(defaultScenario);
  for (const subnet of scenario.resources.subnets) subnet.availableIpAddressCount = 65_531;
  return scenario;
}

function setUp(script: string): Simulation {
  const sim = createSimulation({ seed: 42, scenario: roomyScenario() });
  for (const step of runScript(sim, script)) {
    if (step.exitCode !== 0) throw new Error(`set-up failed at line ${step.line}: ${step.command}\n${step.stderr}`);
  }
  return sim;
}

const service = (desired: number) => `
aws ecs create-cluster --cluster-name production
aws ecs register-task-definition --cli-input-json file://task-definition.json
aws ecs register-task-definition --cli-input-json file://task-definition.json
aws ecs create-service --cluster production --service-name user-service --task-definition user-service:3 \\
  --desired-count ${desired} --launch-type FARGATE \\
  --network-configuration 'awsvpcConfiguration={subnets=[subnet-0a1b2c3d4e5f,subnet-1a2b3c4d5e6f],securityGroups=[sg-0a1b2c3d4e5f6g7h],assignPublicIp=DISABLED}' \\
  --deployment-configuration 'minimumHealthyPercent=100,maximumPercent=200'
sim wait steady --cluster production --service user-service --timeout 2h
`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

interface Row { name: string; wallMs: number; simulatedSeconds: number; note: string; target: string; ok: boolean }
const rows: Row[] = [];

// (a) an hour of autoscaling
{
  const times: number[] = [];
  let note = '';
  for (let i = 0; i < RUNS; i++) {
    const sim = setUp(`${service(100)}
aws application-autoscaling register-scalable-target --service-namespace ecs --resource-id service/production/user-service --scalable-dimension ecs:service:DesiredCount --min-capacity 50 --max-capacity 200
aws application-autoscaling put-scaling-policy --service-namespace ecs --resource-id service/production/user-service --scalable-dimension ecs:service:DesiredCount --policy-name cpu --policy-type TargetTrackingScaling --target-tracking-scaling-policy-configuration '{"TargetValue":70.0,"PredefinedMetricSpecification":{"PredefinedMetricType":"ECSServiceAverageCPUUtilization"},"ScaleInCooldown":300,"ScaleOutCooldown":60}'
sim load --cluster production --service user-service --cpu 95 --pattern spike
`);
    const t0 = performance.now();
    sim.advance(3_600_000);
    times.push(performance.now() - t0);
    const out = runCommandLine(sim, `aws ecs describe-services --cluster production --services user-service --query 'services[0].[desiredCount,runningCount]' --output text`);
    note = `desired/running after 1 h: ${out.stdout.trim().replace('\t', '/')}`;
  }
  const wallMs = median(times);
  rows.push({ name: '(a) 1 h, 100-task service, target tracking, spiky load', wallMs, simulatedSeconds: 3600, note, target: '< 200 ms', ok: wallMs < 200 });
}

// (b) a 1,000-task rolling deploy
{
  const times: number[] = [];
  let simulated = 0;
  let note = '';
  for (let i = 0; i < RUNS; i++) {
    const sim = setUp(service(1000));
    const t0 = performance.now();
    const start = sim.now();
    const update = runCommandLine(sim, 'aws ecs update-service --cluster production --service user-service --task-definition user-service:4 --output text --query service.serviceName');
    if (update.exitCode !== 0) throw new Error(update.stderr);
    const r = sim.waitSteady('production', 'user-service', 4 * 3_600_000);
    times.push(performance.now() - t0);
    simulated = (sim.now() - start) / 1000;
    note = r.reached ? `steady after ${(simulated / 60).toFixed(1)} simulated min` : 'NOT steady within 4 h';
  }
  const wallMs = median(times);
  rows.push({ name: '(b) rolling deploy of a 1,000-task service', wallMs, simulatedSeconds: simulated, note, target: '< 1 s', ok: wallMs < 1000 });
}

// (c) 10,000 describe-services with --query through the CLI layer
{
  const sim = setUp(service(3));
  const line = `aws ecs describe-services --cluster production --services user-service --query 'services[0].deployments[0].rolloutState' --output text`;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    for (let n = 0; n < 10_000; n++) runCommandLine(sim, line);
    times.push(performance.now() - t0);
  }
  const wallMs = median(times);
  const perSecond = 10_000 / (wallMs / 1000);
  rows.push({ name: '(c) 10,000 describe-services --query', wallMs, simulatedSeconds: 0, note: `${Math.round(perSecond).toLocaleString('en-US')} commands/s`, target: '≥ 20,000/s', ok: perSecond >= 20_000 });
}

console.log(`ecs-sim benchmark (median of ${RUNS} runs, Node ${process.version})\n`);
console.log('| workload | wall time | simulated s per wall s | result | target | met |');
console.log('|---|---:|---:|---|---|---|');
for (const r of rows) {
  const speed = r.simulatedSeconds ? Math.round(r.simulatedSeconds / (r.wallMs / 1000)).toLocaleString('en-US') : '—';
  console.log(`| ${r.name} | ${r.wallMs.toFixed(1)} ms | ${speed} | ${r.note} | ${r.target} | ${r.ok ? 'yes' : 'NO'} |`);
}
