import { describe, expect, it } from 'vitest';
import { defaultDesign } from '@/model/default-design';
import { PRESETS } from '@/model/presets';
import { encodeShareFragment } from './codec';

// Links outlive versions of the app: the same design must keep giving the same link, byte for byte.
describe('share links', () => {
  it('are the same for the default design and every preset as in earlier versions', async () => {
    const links = Object.fromEntries([
      ['default', encodeShareFragment(defaultDesign())],
      ...PRESETS.map((preset) => [preset.id, encodeShareFragment(preset.design)]),
    ]);
    await expect(`${JSON.stringify(links, null, 2)}\n`).toMatchFileSnapshot('./__fixtures__/links.json');
  });
});
