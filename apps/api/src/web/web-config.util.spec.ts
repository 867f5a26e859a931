import { describe, expect, it } from 'vitest';
import { loadWebConfig, WebConfigError } from './web-config.util';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadWebConfig(env);
    return '';
  } catch (e) {
    expect(e).toBeInstanceOf(WebConfigError);
    return (e as Error).message;
  }
};

describe('the basemap setting', () => {
  it("is OpenStreetMap's standard tiles, credited and linked, when BASEMAP_URL is unset", () => {
    expect(loadWebConfig({})).toMatchObject({
      basemapUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      basemapAttribution: '© OpenStreetMap contributors',
      basemapAttributionUrl: 'https://www.openstreetmap.org/copyright',
    });
    expect(loadWebConfig({ BASEMAP_URL: '  ' }).basemapUrl).toBe(
      'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    );
  });

  it('is turned off with BASEMAP_URL=off: the maps show the divisions alone', () => {
    for (const off of ['off', 'OFF', ' off ']) {
      expect(loadWebConfig({ BASEMAP_URL: off })).toMatchObject({
        basemapUrl: null,
        basemapAttribution: null,
        basemapAttributionUrl: null,
      });
    }
    expect(problemsOf({ BASEMAP_URL: 'off', BASEMAP_ATTRIBUTION: 'Someone' })).toContain(
      'BASEMAP_ATTRIBUTION and BASEMAP_ATTRIBUTION_URL need a basemap',
    );
  });

  it("takes a council's own tiles, e.g. OS Maps API, with their own credit and no OpenStreetMap one", () => {
    const os = 'https://api.os.uk/maps/raster/v1/zxy/Road_3857/{z}/{x}/{y}.png?key=KEY';
    expect(
      loadWebConfig({
        BASEMAP_URL: os,
        BASEMAP_ATTRIBUTION: 'Contains OS data © Crown copyright and database right 2026',
        BASEMAP_ATTRIBUTION_URL: 'https://www.ordnancesurvey.co.uk/',
      }),
    ).toMatchObject({
      basemapUrl: os,
      basemapAttribution: 'Contains OS data © Crown copyright and database right 2026',
      basemapAttributionUrl: 'https://www.ordnancesurvey.co.uk/',
    });
    expect(loadWebConfig({ BASEMAP_URL: 'https://tiles.example/{z}/{x}/{y}.png' })).toMatchObject({
      basemapAttribution: null,
      basemapAttributionUrl: null,
    });
  });

  it.each([
    ['none', 'BASEMAP_URL must be an http(s) tile URL with {z}, {x} and {y} in it, or "off"'],
    ['ftp://tiles.example/{z}/{x}/{y}.png', 'BASEMAP_URL must be an http(s) tile URL'],
    ['https://tiles.example/{z}/{x}.png', 'BASEMAP_URL must be an http(s) tile URL'],
  ])('refuses BASEMAP_URL=%s, saying what it takes', (url, message) => {
    expect(problemsOf({ BASEMAP_URL: url })).toContain(message);
  });

  it('refuses an attribution that is not plain text, or a link that is not a web address', () => {
    expect(problemsOf({ BASEMAP_ATTRIBUTION: '<b>OSM</b>' })).toContain('one line of plain text');
    expect(problemsOf({ BASEMAP_ATTRIBUTION_URL: 'javascript:alert(1)' })).toContain(
      'BASEMAP_ATTRIBUTION_URL must be an http(s) address',
    );
    expect(problemsOf({ BASEMAP_ATTRIBUTION_URL: 'https://x.example/"><script>' })).toContain(
      'BASEMAP_ATTRIBUTION_URL must be an http(s) address',
    );
  });
});
