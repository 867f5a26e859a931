import { describe, expect, it } from 'vitest';
import { leicestershireGazetteer, readFixture } from '../../../../../tools/testing/fixtures';
import { readCouncilPlaces } from './council-places';
import { findPlaces } from './find-places';

const g = leicestershireGazetteer();

describe("a council's places list (CSV)", () => {
  it('reads the Leicestershire list that ships in fixtures, every row within its division', () => {
    const { places, problems } = readCouncilPlaces(readFixture('leicestershire', 'places.csv'));
    expect(problems).toEqual([]);
    expect(places.length).toBeGreaterThan(20);
    for (const p of places) {
      const { places: found } = findPlaces(p.name, { ...g, places: [{ ...p, division: undefined }] });
      expect(found.find((f) => f.text === p.name)?.divisions, p.name).toContain(p.division);
    }
  });

  it('takes lon and lat or easting and northing, and names each row it leaves out', () => {
    const csv = [
      'Name,Kind,Lon,Lat,Easting,Northing,Division',
      'Sandhurst Street,street,-1.0802,52.6063,,,',
      'Glenfield,place,,,454500,306400,',
      ',place,-1,52,,,',
      'Somewhere,lake,-1,52,,,',
      'Nowhere,place,,,,,',
    ].join('\n');
    const { places, problems } = readCouncilPlaces(csv);
    expect(places.map((p) => [p.name, p.kind])).toEqual([
      ['Sandhurst Street', 'street'],
      ['Glenfield', 'place'],
    ]);
    expect(places[1]?.lat).toBeCloseTo(52.65, 1);
    expect(problems).toEqual([
      'row 4: the place has no name',
      'row 5 (Somewhere): kind must be place or street, not "lake"',
      'row 6 (Nowhere): give easting and northing, or lon and lat',
    ]);
  });

  it('finds a street from the list in text, in the division its position falls in', () => {
    const { places } = readCouncilPlaces('name,kind,lon,lat\nSandhurst Street,street,-1.0802,52.6063\n');
    const found = findPlaces('Parking on sandhurst street again', { ...g, places });
    expect(found.places).toEqual([{ text: 'Sandhurst Street', kind: 'street', divisions: ['Oadby'] }]);
  });

  it('says which postcodes are not in the data and which places lie outside the county', () => {
    const found = findPlaces('Flooding at CV13 6AA and at NG1 1AA', {
      ...g,
      postcodeAt: (c) => (c === 'NG1 1AA' ? { lon: -1.141045, lat: 52.955008 } : undefined),
    });
    expect(found.notes).toEqual([
      'CV13 6AA is not in the postcode data.',
      "NG1 1AA is outside the council's divisions.",
    ]);
    expect(found.divisions).toEqual([]);
  });
});
