/** A small rubric for grader unit tests (the real challenges are tested in samples.test.ts). */
import { challengeSchema, type Challenge, type ChallengeInput } from '../../../src/grading/index.ts';

export const ROLE_INPUT: ChallengeInput = {
  id: 'roles',
  title: 'Roles',
  module: 'ecs-fargate',
  lesson: '03-task-definition-anatomy',
  prompt: 'Explain to a teammate which role pulls the container image and which role your application uses to call AWS.',
  modelAnswer: 'The execution role pulls the image. The task role is what the application uses to call AWS.',
  rubric: {
    concepts: [
      { id: 'exec-role', label: 'execution role', weight: 10, phrasings: ['execution role'], hint: 'Name the execution role.' },
      { id: 'task-role', label: 'task role', weight: 10, phrasings: ['=task role'], hint: 'Name the task role.' },
      { id: 'pull', label: 'pulls the image', weight: 10, phrasings: ['pull* image*', 'ecr'], hint: 'Say who pulls the image.' },
      { id: 'app', label: 'app calls AWS', weight: 10, phrasings: ['s3|dynamodb', 'application'], hint: 'Say who the app uses.' },
    ],
    relations: [
      { id: 'exec-pulls', label: 'execution role pulls', weight: 30, concepts: ['exec-role', 'pull'], hint: 'Connect them.' },
      { id: 'task-app', label: 'task role is the app', weight: 30, concepts: ['task-role', 'app'], hint: 'Connect them.' },
    ],
    length: { min: 10, max: 120 },
  },
  samples: [
    { label: 'a', answer: 'x', band: [0, 100] },
    { label: 'b', answer: 'x', band: [0, 100] },
    { label: 'c', answer: 'x', band: [0, 100] },
    { label: 'd', answer: 'x', band: [0, 100] },
  ],
};

export const ROLES: Challenge = challengeSchema.parse(ROLE_INPUT);

export const STRONG =
  'The execution role pulls the container image from ECR before the task starts. ' +
  'The task role is what your application uses when it calls S3 or DynamoDB.';

/** The same rubric with a grounded fact. */
export const GROUNDED: Challenge = challengeSchema.parse({
  ...ROLE_INPUT,
  rubric: { ...ROLE_INPUT.rubric, grounded: { fact: 'stoppedReason', label: 'quotes the stopped reason', weight: 40 } },
});
