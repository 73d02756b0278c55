/**
 * The topology as an SVG document: clients and the security group in front of the VPC, its
 * Availability Zones as columns, each cache as a band with its nodes placed in their zones (shards as
 * rows, primaries and replicas told apart), serverless caches as one service box, and global datastore
 * secondaries as regions to the right with the replication direction. Pure: the app shows it and
 * offers it for download; every node carries `data-role` so tests can count what is drawn.
 */
import { availabilityZones, ENGINE_LABELS, type Region } from '@/model/catalog';
import type { Cache, Design, ReplicationGroup } from '@/model/design';

export interface DiagramPalette {
  background: string;
  text: string;
  mutedText: string;
  border: string;
  vpc: string;
  zone: string;
  primary: string;
  replica: string;
  node: string;
  serverless: string;
  arrow: string;
}

export const DIAGRAM_PALETTES: Record<'light' | 'dark', DiagramPalette> = {
  light: {
    background: '#ffffff',
    text: '#1f2328',
    mutedText: '#57606a',
    border: '#8c959f',
    vpc: '#f6f8fa',
    zone: '#eaeef2',
    primary: '#0a6ebd',
    replica: '#4d8fcc',
    node: '#1a7f37',
    serverless: '#8250df',
    arrow: '#57606a',
  },
  dark: {
    background: '#0d1117',
    text: '#e6edf3',
    mutedText: '#9198a1',
    border: '#6e7681',
    vpc: '#161b22',
    zone: '#21262d',
    primary: '#1f6feb',
    replica: '#2f5f9e',
    node: '#238636',
    serverless: '#8957e5',
    arrow: '#9198a1',
  },
};

const NODE_WIDTH = 132;
const NODE_HEIGHT = 30;
const GAP = 10;
const BAND_HEADER = 26;
const ZONE_HEADER = 24;
const PADDING = 16;
const FRONT_WIDTH = 150;

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char]!,
  );

type Role = 'primary' | 'replica' | 'node' | 'serverless';

/** A node to draw: its role, its label and the zone column it sits in (or all zones for serverless). */
interface PlacedNode {
  role: Role;
  label: string;
  zone: number;
}

interface Band {
  title: string;
  /** What watches or protects the cache, drawn as small badges under the title: alarms, SNS, KMS. */
  badges: string[];
  /** Rows of nodes; a row is a shard, or the nodes of a Memcached cluster. */
  rows: PlacedNode[][];
  cacheId: string;
}

/** The badges of a cache: its CloudWatch alarms, its events to the SNS topic, a customer-managed KMS key. */
function cacheBadges(design: Design, cache: Cache): string[] {
  const kmsKey =
    cache.kind === 'serverless'
      ? cache.kmsKey
      : cache.kind === 'replication-group' && cache.atRestEncryption.enabled
        ? cache.atRestEncryption.kmsKey
        : undefined;
  const events = cache.kind !== 'serverless' && cache.notifications && design.notifications.topic !== 'none';
  return [
    ...(cache.alarms.enabled ? ['Alarms'] : []),
    ...(events ? ['SNS events'] : []),
    ...(kmsKey && kmsKey.mode !== 'aws-managed' ? ['KMS key'] : []),
  ];
}

function cacheTitle(cache: Cache): string {
  const copies = cache.instances.length ? ` · × ${cache.instances.length} services` : '';
  switch (cache.kind) {
    case 'replication-group':
      return `${cache.id} · ${ENGINE_LABELS[cache.engine]} ${cache.engineVersion} · ${cache.nodeType}${cache.clusterMode === 'disabled' ? '' : ` · ${cache.shards} shards`}${copies}`;
    case 'memcached':
      return `${cache.id} · Memcached ${cache.engineVersion} · ${cache.nodeType}${copies}`;
    case 'serverless':
      return `${cache.id} · Serverless ${ENGINE_LABELS[cache.engine]} ${cache.majorVersion}${copies}`;
  }
}

/** Where each node of a shard sits: the design's AZ placement, else primaries rotate and replicas follow. */
function shardRows(
  cache: ReplicationGroup,
  zones: string[],
  replicasPerShard: number,
  secondary: boolean,
): PlacedNode[][] {
  const shards = cache.clusterMode === 'disabled' ? 1 : cache.shards;
  const zoneOf = (shard: number, node: number) => {
    const placed = cache.clusterMode === 'disabled' && !secondary ? cache.preferredAzs[node] : undefined;
    const index = placed ? zones.indexOf(placed) : -1;
    return index >= 0 ? index : (shard + node) % zones.length;
  };
  return Array.from({ length: shards }, (_, shard) =>
    Array.from({ length: replicasPerShard + 1 }, (__, node) => ({
      role: node === 0 ? ('primary' as const) : ('replica' as const),
      label: `${shards > 1 ? `Shard ${shard + 1} ` : ''}${
        node === 0 ? (secondary ? 'primary (read-only)' : 'primary') : `replica ${node}`
      }`,
      zone: zoneOf(shard, node),
    })),
  );
}

function cacheBand(design: Design, cache: Cache, zones: string[]): Band {
  const title = cacheTitle(cache);
  const badges = cacheBadges(design, cache);
  if (cache.kind === 'replication-group')
    return { title, badges, rows: shardRows(cache, zones, cache.replicasPerShard, false), cacheId: cache.id };
  if (cache.kind === 'memcached') {
    const zoneOf = (node: number) => {
      const index = cache.preferredAzs[node] ? zones.indexOf(cache.preferredAzs[node]!) : -1;
      return index >= 0 ? index : cache.azMode === 'single-az' ? 0 : node % zones.length;
    };
    return {
      title,
      badges,
      rows: [
        Array.from({ length: cache.nodeCount }, (_, node) => ({
          role: 'node' as const,
          label: `node ${node + 1}`,
          zone: zoneOf(node),
        })),
      ],
      cacheId: cache.id,
    };
  }
  return {
    title,
    badges,
    rows: [[{ role: 'serverless', label: 'serverless endpoint (spans all zones)', zone: -1 }]],
    cacheId: cache.id,
  };
}

const BADGE_ROW = 22;
const headerHeight = (band: Band) => BAND_HEADER + (band.badges.length ? BADGE_ROW : 0);

/** Height of a band: its header and, per row, as many node slots as the busiest zone needs. */
function bandHeight(band: Band): number {
  const rowHeights = band.rows.map((row) => {
    const perZone = new Map<number, number>();
    row.forEach((node) => perZone.set(node.zone, (perZone.get(node.zone) ?? 0) + 1));
    return Math.max(1, ...perZone.values()) * (NODE_HEIGHT + GAP);
  });
  return headerHeight(band) + rowHeights.reduce((total, height) => total + height, 0) + GAP;
}

interface RegionLayout {
  region: string;
  label: string;
  zones: string[];
  bands: Band[];
}

function regionSvg(
  layout: RegionLayout,
  x: number,
  y: number,
  palette: DiagramPalette,
  parts: string[],
): { width: number; height: number; bandTops: Map<string, number> } {
  const zoneWidth = NODE_WIDTH + 2 * GAP;
  const width = layout.zones.length * zoneWidth + 2 * PADDING;
  const bandsHeight = layout.bands.reduce((total, band) => total + bandHeight(band) + GAP, 0);
  const height = PADDING + ZONE_HEADER + bandsHeight + PADDING + 14;
  const bandTops = new Map<string, number>();
  parts.push(
    `<g data-role="region" data-region="${escapeXml(layout.region)}">`,
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="10" fill="${palette.vpc}" stroke="${palette.border}" stroke-width="1.5"/>`,
    `<text x="${x + PADDING}" y="${y + 18}" fill="${palette.text}" font-weight="600">${escapeXml(layout.label)}</text>`,
  );
  layout.zones.forEach((zone, index) => {
    const zoneX = x + PADDING + index * zoneWidth;
    parts.push(
      `<rect x="${zoneX + 2}" y="${y + 28}" width="${zoneWidth - 4}" height="${height - 40}" rx="6" fill="${palette.zone}" data-role="zone"/>`,
      `<text x="${zoneX + zoneWidth / 2}" y="${y + 44}" fill="${palette.mutedText}" text-anchor="middle" font-size="11">${escapeXml(zone)}</text>`,
    );
  });
  let bandY = y + PADDING + ZONE_HEADER + 14;
  for (const band of layout.bands) {
    bandTops.set(band.cacheId, bandY);
    parts.push(`<g data-role="cache" data-cache="${escapeXml(band.cacheId)}">`);
    parts.push(
      `<text x="${x + PADDING + 6}" y="${bandY + 16}" fill="${palette.text}" font-size="12" font-weight="600">${escapeXml(band.title)}</text>`,
    );
    let badgeX = x + PADDING + 6;
    for (const badge of band.badges) {
      // No text metrics in a standalone SVG: the width is estimated from the 10 px font's average advance.
      const badgeWidth = Math.round(badge.length * 6 + 14);
      parts.push(
        `<g data-role="badge"><rect x="${badgeX}" y="${bandY + BAND_HEADER - 4}" width="${badgeWidth}" height="18" rx="9" fill="${palette.background}" stroke="${palette.border}"/>`,
        `<text x="${badgeX + badgeWidth / 2}" y="${bandY + BAND_HEADER + 9}" fill="${palette.text}" text-anchor="middle" font-size="10">${escapeXml(badge)}</text></g>`,
      );
      badgeX += badgeWidth + 6;
    }
    let rowY = bandY + headerHeight(band);
    for (const row of band.rows) {
      const slots = new Map<number, number>();
      let rowSlots = 1;
      for (const node of row) {
        const slot = slots.get(node.zone) ?? 0;
        slots.set(node.zone, slot + 1);
        rowSlots = Math.max(rowSlots, slot + 1);
        const nodeY = rowY + slot * (NODE_HEIGHT + GAP);
        const fill = palette[node.role];
        if (node.zone < 0) {
          const spanX = x + PADDING + GAP;
          const spanWidth = width - 2 * PADDING - 2 * GAP;
          parts.push(
            `<g data-role="${node.role}"><rect x="${spanX}" y="${nodeY}" width="${spanWidth}" height="${NODE_HEIGHT}" rx="15" fill="${fill}"/>`,
            `<text x="${spanX + spanWidth / 2}" y="${nodeY + 19}" fill="#ffffff" text-anchor="middle" font-size="12">${escapeXml(node.label)}</text></g>`,
          );
          continue;
        }
        const nodeX = x + PADDING + node.zone * zoneWidth + GAP;
        parts.push(
          `<g data-role="${node.role}"><rect x="${nodeX}" y="${nodeY}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="5" fill="${fill}"${node.role === 'replica' ? ' fill-opacity="0.85"' : ''}/>`,
          `<text x="${nodeX + NODE_WIDTH / 2}" y="${nodeY + 19}" fill="#ffffff" text-anchor="middle" font-size="11">${escapeXml(node.label)}</text></g>`,
        );
      }
      rowY += rowSlots * (NODE_HEIGHT + GAP);
    }
    parts.push('</g>');
    bandY += bandHeight(band) + GAP;
  }
  parts.push('</g>');
  return { width, height, bandTops };
}

function zonesOf(design: Design, region: string): string[] {
  const all = availabilityZones(region as Region);
  const count =
    design.network.mode === 'create'
      ? design.network.azCount
      : Math.min(all.length, design.network.subnetIds.length);
  return all.slice(0, Math.max(1, Math.min(count, all.length)));
}

/** The topology of a design as a standalone SVG document. */
export function topologySvg(design: Design, palette: DiagramPalette = DIAGRAM_PALETTES.light): string {
  const parts: string[] = [];
  const primaryZones = zonesOf(design, design.region);
  const network =
    design.network.mode === 'create' ? `new VPC ${design.network.vpcCidr}` : `VPC ${design.network.vpcId}`;
  const primary: RegionLayout = {
    region: design.region,
    label: `${design.region} · ${network}`,
    zones: primaryZones,
    bands: design.caches.map((cache) => cacheBand(design, cache, primaryZones)),
  };
  const regionX = PADDING + FRONT_WIDTH + 40;
  const main = regionSvg(primary, regionX, PADDING, palette, parts);

  // Clients and the security group in front of the VPC.
  const clients =
    design.clients.cidrBlocks.length || design.clients.securityGroupIds.length
      ? [...design.clients.cidrBlocks, ...design.clients.securityGroupIds].slice(0, 3).join(', ')
      : design.network.vpcCidr;
  const frontY = PADDING + 40;
  parts.unshift(
    `<g data-role="clients"><rect x="${PADDING}" y="${frontY}" width="${FRONT_WIDTH}" height="44" rx="22" fill="${palette.zone}" stroke="${palette.border}"/>`,
    `<text x="${PADDING + FRONT_WIDTH / 2}" y="${frontY + 18}" fill="${palette.text}" text-anchor="middle" font-size="12" font-weight="600">Clients</text>`,
    `<text x="${PADDING + FRONT_WIDTH / 2}" y="${frontY + 34}" fill="${palette.mutedText}" text-anchor="middle" font-size="10">${escapeXml(clients)}</text></g>`,
    `<g data-role="security-group"><rect x="${PADDING}" y="${frontY + 70}" width="${FRONT_WIDTH}" height="36" rx="6" fill="none" stroke="${palette.primary}" stroke-dasharray="4 3"/>`,
    `<text x="${PADDING + FRONT_WIDTH / 2}" y="${frontY + 93}" fill="${palette.text}" text-anchor="middle" font-size="12">Security group</text></g>`,
    `<path d="M${PADDING + FRONT_WIDTH / 2} ${frontY + 44} V${frontY + 70}" stroke="${palette.arrow}" marker-end="url(#arrow)"/>`,
    `<path d="M${PADDING + FRONT_WIDTH} ${frontY + 88} H${regionX}" stroke="${palette.arrow}" marker-end="url(#arrow)"/>`,
  );

  // Global datastore secondaries: a column of region boxes to the right, each fed by the primary.
  const secondaryX = regionX + main.width + 90;
  let secondaryY = PADDING;
  let width = regionX + main.width + PADDING;
  for (const cache of design.caches) {
    if (cache.kind !== 'replication-group' || !cache.globalDatastore.enabled) continue;
    for (const secondary of cache.globalDatastore.secondaries) {
      const zones = zonesOf(design, secondary.region);
      const key = `${cache.id}@${secondary.region}`;
      const layout: RegionLayout = {
        region: secondary.region,
        label: `${secondary.region} · secondary of ${cache.id}`,
        zones,
        bands: [
          {
            title: `${cache.id} · ${secondary.region} (read-only)`,
            // A secondary has its own alarms and log groups in its region; its key is its region's.
            badges: cacheBadges(design, cache),
            rows: shardRows(cache, zones, secondary.replicasPerShard, true),
            cacheId: key,
          },
        ],
      };
      const region = regionSvg(layout, secondaryX, secondaryY, palette, parts);
      const fromY = (main.bandTops.get(cache.id) ?? PADDING) + 10;
      const toY = (region.bandTops.get(key) ?? secondaryY) + 10;
      const fromX = regionX + main.width;
      parts.push(
        `<g data-role="replication" data-from="${escapeXml(design.region)}" data-to="${escapeXml(secondary.region)}">`,
        `<path d="M${fromX} ${fromY} C${fromX + 45} ${fromY}, ${secondaryX - 45} ${toY}, ${secondaryX} ${toY}" fill="none" stroke="${palette.arrow}" stroke-dasharray="6 4" marker-end="url(#arrow)"/>`,
        `<text x="${secondaryX - 8}" y="${toY - 8}" fill="${palette.mutedText}" text-anchor="end" font-size="10">replicates to</text></g>`,
      );
      secondaryY += region.height + 24;
      width = Math.max(width, secondaryX + region.width + PADDING);
    }
  }
  const totalHeight = Math.max(main.height, secondaryY - 24 - PADDING) + 2 * PADDING;
  const title = `Topology of ${design.name}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="diagram-title" width="${width}" height="${totalHeight}" viewBox="0 0 ${width} ${totalHeight}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">`,
    `<title id="diagram-title">${escapeXml(title)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${palette.arrow}"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="${palette.background}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** What the diagram should show, counted from the design: for tests and for the tab's summary line. */
export function topologyCounts(design: Design): {
  primaries: number;
  replicas: number;
  nodes: number;
  serverless: number;
  regions: number;
} {
  const counts = { primaries: 0, replicas: 0, nodes: 0, serverless: 0, regions: 1 };
  for (const cache of design.caches) {
    if (cache.kind === 'memcached') counts.nodes += cache.nodeCount;
    else if (cache.kind === 'serverless') counts.serverless += 1;
    else {
      const shards = cache.clusterMode === 'disabled' ? 1 : cache.shards;
      counts.primaries += shards;
      counts.replicas += shards * cache.replicasPerShard;
      if (cache.globalDatastore.enabled)
        for (const secondary of cache.globalDatastore.secondaries) {
          counts.primaries += shards;
          counts.replicas += shards * secondary.replicasPerShard;
          counts.regions += 1;
        }
    }
  }
  return counts;
}
