import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { GATEWAY, peerUrlSetting, SUBGRAPHS, subgraph, urlSetting } from './index';

interface ComposeService {
  command?: string;
  environment?: Record<string, string>;
  ports?: string[];
  networks?: Record<string, { ipv4_address?: string } | null>;
}

const compose = parse(readFileSync(path.join(__dirname, '..', '..', '..', 'docker-compose.yml'), 'utf8'), {
  merge: true,
}) as { services: Record<string, ComposeService> };
const { services } = compose;
const inCompose = (name: string) => `http://${name}:${subgraph(name).port}/graphql`;

describe('docker-compose.yml agrees with the platform manifest', () => {
  it('runs exactly the manifest’s subgraphs', () => {
    const subgraphServices = Object.entries(services)
      .filter(([, service]) => service.command?.startsWith('node subgraphs/'))
      .map(([name]) => name);
    expect(subgraphServices.sort()).toEqual(SUBGRAPHS.map(({ name }) => name).sort());
  });

  it.each(SUBGRAPHS.map((entry) => [entry.name, entry] as const))(
    '%s: command, port, event bus and peers',
    (name, entry) => {
      const service = services[name]!;
      expect(service.command).toBe(`node subgraphs/${name}/dist/index.js`);
      expect(service.environment?.['PORT']).toBe(String(entry.port));
      if (entry.writes.some(({ relayed }) => relayed)) {
        expect(service.environment?.['REDIS_URL']).toBe('redis://redis:6379');
      }
      for (const peer of entry.calls) {
        expect(service.environment?.[peerUrlSetting(peer)]).toBe(inCompose(peer));
      }
    },
  );

  it('points the gateway at every subgraph on its port', () => {
    const gateway = services[GATEWAY.name]!;
    expect(gateway.environment?.['PORT']).toBe(String(GATEWAY.port));
    expect(gateway.ports).toContain(`${GATEWAY.port}:${GATEWAY.port}`);
    const settings = Object.keys(gateway.environment ?? {}).filter((key) => /^[A-Z]+_URL$/.test(key));
    expect(settings.filter((key) => key !== 'DATABASE_URL' && key !== 'REDIS_URL').sort()).toEqual(
      SUBGRAPHS.map(({ name }) => urlSetting(name)).sort(),
    );
    for (const { name } of SUBGRAPHS) expect(gateway.environment?.[urlSetting(name)]).toBe(inCompose(name));
  });

  it('has the gateway believe X-Forwarded-For from the web apps’ nginx only, by their fixed addresses', () => {
    const nginx = Object.entries(services)
      .filter(([name]) => name.startsWith('web-'))
      .map(([, service]) => service.networks?.['default']?.ipv4_address);
    const trusted = /^\$\{TRUST_PROXY:-(.*)\}$/.exec(
      services[GATEWAY.name]!.environment?.['TRUST_PROXY'] ?? '',
    );
    expect(nginx).toHaveLength(3);
    expect(trusted?.[1]?.split(',').map((entry) => entry.trim())).toEqual(nginx);
  });
});
