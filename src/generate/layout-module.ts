/**
 * The module layout: the very resource bodies of the stack, arranged as a reusable module
 * (`modules/<design-name>/`: no provider blocks, no backend, everything it needs as variables, everything
 * a caller needs as outputs) and a thin root that calls it — providers, versions, a backend skeleton,
 * the variables and tfvars, and outputs forwarding the module's. Both layouts plan the same resources
 * with the same values; only the addresses gain a `module.<name>.` prefix.
 */
import { attr, blank, block, comment, obj, raw, str } from '@/hcl/build';
import type { BodyItem, Expr } from '@/hcl/ast';
import { hcl, lazyFile, type Bundle, type TerraformBodies } from './bundle';
import { snake, type GeneratorContext, type Variable } from './context';
import { versionsFile } from './providers';
import { tfvarsFile, variablesFile } from './variables';

/** The folder of the module inside the bundle. */
export const moduleFolder = (designName: string) => `modules/${designName}`;
/** The module block's label in the root's main.tf. */
export const moduleName = (designName: string) => snake(designName);

/** Root-only variables (provider settings) are not passed: the module names a variable only if it reads it. */
function moduleVariables(context: GeneratorContext, moduleText: string): Variable[] {
  const read = new Set([...moduleText.matchAll(/\bvar\.([A-Za-z0-9_]+)/g)].map((match) => match[1]!));
  return context.variables.filter((variable) => read.has(variable.name));
}

export interface ModuleOutput {
  name: string;
  description: string;
  sensitive: boolean;
}

const attributeOf = (body: BodyItem[], name: string): Expr | undefined => {
  const found = body.find((item) => item.kind === 'attribute' && item.name === name);
  return found?.kind === 'attribute' ? found.value : undefined;
};

/** The outputs a module body declares, in order. */
export function declaredOutputs(items: BodyItem[]): ModuleOutput[] {
  return items.flatMap((item) => {
    if (item.kind !== 'block' || item.type !== 'output') return [];
    const description = attributeOf(item.body, 'description');
    const sensitive = attributeOf(item.body, 'sensitive');
    return [
      {
        name: item.labels[0]!,
        description: description?.kind === 'string' ? description.value : '',
        sensitive: sensitive?.kind === 'raw' && sensitive.text === 'true',
      },
    ];
  });
}

/** The providers map of the module call, `{ aws = aws, aws.us_west_2 = aws.us_west_2 }`. */
const providersMap = (aliases: string[]): Expr =>
  obj(
    ['aws', ...aliases].map((provider) => ({ key: provider, value: raw(provider), reference: true })),
    { multiline: true },
  );

function mainFile(context: GeneratorContext, variables: Variable[]): BodyItem[] {
  const { design } = context;
  const aliases = context.regions.flatMap((target) => (target.alias ? [`aws.${target.alias}`] : []));
  return [
    comment(
      [
        `The ${design.name} caches, from the reusable module beside this file. To use it from another`,
        'root configuration, copy the module folder and this block, and wire the variables to your own',
        'network and settings.',
      ].join('\n'),
    ),
    block(
      'module',
      [moduleName(design.name)],
      [
        attr('source', str(`./${moduleFolder(design.name)}`)),
        ...(aliases.length
          ? [
              blank(),
              comment('The module configures no providers: the global datastore regions come from here.'),
              attr('providers', providersMap(aliases)),
            ]
          : []),
        ...(variables.length ? [blank()] : []),
        ...variables.map((variable) => attr(variable.name, raw(`var.${variable.name}`))),
      ],
    ),
  ];
}

function backendFile(context: GeneratorContext): BodyItem[] {
  const { design } = context;
  const key = design.environments.length
    ? `elasticache/${design.name}/<environment>/terraform.tfstate`
    : `elasticache/${design.name}/terraform.tfstate`;
  return [
    comment(
      [
        'Where the state lives. Without a backend block Terraform keeps it in a local file, which suits a',
        "trial only: uncomment the block and fill in your team's bucket, or keep it partial and pass the",
        'settings at init time (terraform init -backend-config=backend.hcl), so one file serves every',
        design.environments.length
          ? 'environment — each environment needs its own key (its own state).'
          : 'workspace.',
        '',
        'terraform {',
        '  backend "s3" {',
        '    bucket       = "my-terraform-state"',
        `    key          = "${key}"`,
        `    region       = "${design.region}"`,
        '    use_lockfile = true',
        '    encrypt      = true',
        '  }',
        '}',
      ].join('\n'),
    ),
  ];
}

function forwardedOutputs(designName: string, outputs: ModuleOutput[]): BodyItem[] {
  return outputs.flatMap((output, index) => [
    ...(index ? [blank()] : []),
    block(
      'output',
      [output.name],
      [
        attr('description', str(output.description)),
        attr('value', raw(`module.${moduleName(designName)}.${output.name}`)),
        ...(output.sensitive ? [attr('sensitive', raw('true'))] : []),
      ],
    ),
  ]);
}

export function moduleLayout(bodies: TerraformBodies): Bundle {
  const { context } = bodies;
  const { design } = context;
  const folder = moduleFolder(design.name);
  const resourceFiles = bodies.resources.map(([path, items]) =>
    lazyFile(`${folder}/${path}`, () => hcl(items)),
  );
  // The module's variables are those its resource files read; finding them renders those files once.
  const variables = moduleVariables(context, resourceFiles.map((file) => file.content).join('\n'));
  const aliases = context.regions.flatMap((target) => (target.alias ? [`aws.${target.alias}`] : []));
  const outputs = declaredOutputs(bodies.resources.find(([path]) => path === 'outputs.tf')?.[1] ?? []);
  return [
    lazyFile('main.tf', () => hcl(mainFile(context, variables))),
    lazyFile('versions.tf', () => hcl(versionsFile())),
    lazyFile('providers.tf', () => hcl(bodies.providers)),
    lazyFile('backend.tf', () => hcl(backendFile(context))),
    lazyFile('variables.tf', () => hcl(variablesFile(context))),
    lazyFile('outputs.tf', () => hcl(forwardedOutputs(design.name, outputs))),
    ...bodies.tfvarsFiles.map(({ path, environment }) =>
      lazyFile(path, () => hcl(tfvarsFile(context, environment))),
    ),
    lazyFile(`${folder}/versions.tf`, () => hcl(versionsFile(aliases))),
    lazyFile(`${folder}/variables.tf`, () => hcl(variablesFile({ ...context, variables }))),
    ...resourceFiles,
  ];
}
