/**
 * variables.tf and the tfvars files, both from the variables the other modules declared. The example
 * tfvars (or one `<env>.tfvars` per environment) holds the design's values; secrets never appear in
 * any file — they are named in comments and set through TF_VAR_* environment variables.
 */
import { attr, blank, block, comment, obj, raw, str } from '@/hcl/build';
import type { BodyItem } from '@/hcl/ast';
import { REGIONS } from '@/model/catalog';
import { variableDescription } from '@/model/fields';
import { declareVariable, hasEnvironments, type GeneratorContext } from './context';
import { selectWorkspaceCommand } from './environment';
import { messageExpr, regionGuards, tagGuards } from './guards';

/** Declares the variables every bundle has; called first so they lead variables.tf. */
export function declareCommonVariables(context: GeneratorContext): void {
  const { design } = context;
  declareVariable(context, {
    name: 'region',
    type: 'string',
    description: variableDescription('region'),
    default: str(design.region),
    validations: [
      {
        condition: `can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.region))`,
        message: `Must be a region code such as ${REGIONS[0]}.`,
      },
      ...regionGuards(context),
    ],
  });
  if (hasEnvironments(design)) {
    const names = design.environments.map((env) => env.name).join(', ');
    declareVariable(context, {
      name: 'environment',
      type: 'string',
      description: variableDescription(
        'environments.*.name',
        undefined,
        `One of ${names}; each has its own tfvars file and state.`,
      ),
      validations: [
        {
          condition: `contains([${design.environments.map((env) => JSON.stringify(env.name)).join(', ')}], var.environment)`,
          message: `Must be one of ${names}.`,
          // Only the environments the app checked can be chosen: their names (and the IDs they give)
          // passed these rules.
          rules: [
            'cache-id-length',
            'serverless-name-length',
            'environment-name-format',
            'unique-environments',
          ],
        },
      ],
      tfvarsValue: (environment) => (environment ? str(environment) : undefined),
    });
  }
  const tagsFor = (environment: string | undefined) => {
    const extra = design.environments.find((env) => env.name === environment)?.tags ?? {};
    return obj(
      Object.entries({ ...design.tags, ...extra }).map(([key, value]) => ({ key, value: str(value) })),
      { multiline: true },
    );
  };
  declareVariable(context, {
    name: 'tags',
    type: 'map(string)',
    description: variableDescription('tags'),
    default: tagsFor(undefined),
    validations: tagGuards(),
    tfvarsValue: (environment) => (environment ? tagsFor(environment) : undefined),
  });
}

export function variablesFile(context: GeneratorContext): BodyItem[] {
  return context.variables.flatMap((variable, index) => [
    ...(index ? [blank()] : []),
    block(
      'variable',
      [variable.name],
      [
        attr('description', str(variable.description)),
        attr('type', raw(variable.type)),
        ...(variable.default ? [attr('default', variable.default)] : []),
        ...(variable.sensitive ? [attr('sensitive', raw('true'))] : []),
        ...(variable.validations ?? []).flatMap((validation) => [
          blank(),
          block(
            'validation',
            [],
            [
              attr('condition', raw(validation.condition)),
              attr('error_message', messageExpr(validation.message)),
            ],
          ),
        ]),
      ],
    ),
  ]);
}

/** The tfvars items for one environment, or for the example when `environment` is undefined. */
export function tfvarsFile(context: GeneratorContext, environment: string | undefined): BodyItem[] {
  const values: BodyItem[] = context.variables.flatMap((variable) => {
    const value = variable.tfvarsValue?.(environment) ?? (environment ? undefined : variable.default);
    return value && !variable.sensitive ? [attr(variable.name, value)] : [];
  });
  const secrets = context.variables.filter((variable) => variable.sensitive);
  const heading = environment
    ? `Values for the ${environment} environment, planned in its own workspace (its own state):\n  ${selectWorkspaceCommand(environment)}\n  terraform plan -var-file=${environment}.tfvars`
    : 'Example values: copy to terraform.tfvars and adjust.';
  return [
    comment(heading),
    ...(secrets.length
      ? [
          comment(
            [
              'Secrets are not stored here. Set them in the environment before planning, e.g.',
              ...secrets.map((secret) => `  export TF_VAR_${secret.name}='…'`),
            ].join('\n'),
          ),
        ]
      : []),
    blank(),
    ...values,
  ];
}
