/** versions.tf and providers.tf: the pinned provider range and one aliased provider per extra region. */
import { attr, blank, block, call, list, obj, raw, str } from '@/hcl/build';
import type { BodyItem } from '@/hcl/ast';
import { hasEnvironments, type GeneratorContext } from './context';

/** Includes 5.100.0, the version every bundle is verified against, and stays below the next major. */
export const AWS_PROVIDER_CONSTRAINT = '>= 5.100.0, < 6.0.0';
/**
 * 1.9: variable validations may read other variables, which the bundle's guards need (Multi-AZ
 * needs automatic failover, failover needs a replica, …: src/generate/guards.ts).
 */
export const TERRAFORM_CONSTRAINT = '>= 1.9.0';

/**
 * `configurationAliases`: a module's aliased providers (`aws.us_west_2`), which its caller passes in;
 * a module declares them instead of configuring providers itself.
 */
export function versionsFile(configurationAliases: string[] = []): BodyItem[] {
  return [
    block(
      'terraform',
      [],
      [
        attr('required_version', str(TERRAFORM_CONSTRAINT)),
        blank(),
        block(
          'required_providers',
          [],
          [
            attr(
              'aws',
              obj(
                {
                  source: str('hashicorp/aws'),
                  version: str(AWS_PROVIDER_CONSTRAINT),
                  ...(configurationAliases.length
                    ? { configuration_aliases: list(configurationAliases.map((alias) => raw(alias))) }
                    : {}),
                },
                { multiline: true },
              ),
            ),
          ],
        ),
      ],
    ),
  ];
}

export function providersFile(context: GeneratorContext): BodyItem[] {
  const tags = hasEnvironments(context.design)
    ? call('merge', raw('var.tags'), obj({ Environment: raw('var.environment') }))
    : raw('var.tags');
  const defaultTags = block('default_tags', [], [attr('tags', tags)]);
  return context.regions.flatMap((target, index) => [
    ...(index ? [blank()] : []),
    block(
      'provider',
      ['aws'],
      [
        ...(target.alias
          ? [attr('alias', str(target.alias)), attr('region', str(target.region))]
          : [attr('region', raw('var.region'))]),
        blank(),
        defaultTags,
      ],
    ),
  ]);
}
