/**
 * environment.tf, for designs with environments: each environment lives in its own Terraform workspace
 * (its own state), and a guard makes a plan of one environment's tfvars against another environment's
 * state fail with a clear message — without it, prod.tfvars over dev's state would replace dev's caches
 * (the environment prefixes every cache ID, which forces replacement).
 */
import { attr, blank, block, comment, list, raw, tpl } from '@/hcl/build';
import type { BodyItem } from '@/hcl/ast';
import { hasEnvironments, type GeneratorContext } from './context';

/** The command that selects (or creates) an environment's workspace; the README and messages use it. */
export const selectWorkspaceCommand = (environment: string) =>
  `terraform workspace select -or-create ${environment}`;

export function environmentFile(context: GeneratorContext): BodyItem[] {
  if (!hasEnvironments(context.design)) return [];
  const environment = raw('var.environment');
  return [
    comment(
      'Records the environment this state was first applied for. The input is never updated (ignore_changes),\nso a plan with another environment’s tfvars fails here instead of replacing this environment’s caches.',
    ),
    block(
      'resource',
      ['terraform_data', 'environment'],
      [
        attr('input', environment),
        blank(),
        block(
          'lifecycle',
          [],
          [
            attr('ignore_changes', list([raw('input')])),
            blank(),
            // The default workspace stays allowed: a team may keep one directory or backend per environment instead.
            block(
              'precondition',
              [],
              [
                attr('condition', raw('contains(["default", var.environment], terraform.workspace)')),
                attr(
                  'error_message',
                  tpl(
                    'Workspace "',
                    raw('terraform.workspace'),
                    '" is not the workspace of environment ',
                    environment,
                    '. Run: terraform workspace select -or-create ',
                    environment,
                  ),
                ),
              ],
            ),
            blank(),
            block(
              'postcondition',
              [],
              [
                attr('condition', raw('self.output == var.environment')),
                attr(
                  'error_message',
                  tpl(
                    'This state belongs to environment "',
                    raw('self.output'),
                    '", not "',
                    environment,
                    '": planning would replace its caches. Run: terraform workspace select -or-create ',
                    environment,
                  ),
                ),
              ],
            ),
          ],
        ),
      ],
    ),
  ];
}
