import { demoJobCenterIds } from '@czn/demo';

/**
 * Job centres of Altai Krai. City coordinates and postal codes come from the «Города России» data set
 * (../shared/data/russian-cities.csv, CC BY-SA 4.0); street addresses and phones are for the region to fill in.
 */
const WORKING_HOURS = 'пн–чт 8:00–17:00, пт 8:00–16:00, обед 12:00–12:48';

export const altaiJobCenters = [
  { id: demoJobCenterIds.barnaul, city: 'Барнаул', postalCode: '656000', lat: 53.3479968, lon: 83.7798064 },
  { id: demoJobCenterIds.biysk, city: 'Бийск', postalCode: '659300', lat: 52.5393864, lon: 85.2138453 },
  {
    id: demoJobCenterIds.rubtsovsk,
    city: 'Рубцовск',
    postalCode: '658200',
    lat: 51.5012067,
    lon: 81.2078695,
  },
  {
    id: demoJobCenterIds.novoaltaisk,
    city: 'Новоалтайск',
    postalCode: '658041',
    lat: 53.4119759,
    lon: 83.9311069,
  },
  { id: demoJobCenterIds.zarinsk, city: 'Заринск', postalCode: '659100', lat: 53.7063476, lon: 84.9315081 },
  {
    id: demoJobCenterIds.kamenNaObi,
    city: 'Камень-на-Оби',
    postalCode: '658700',
    lat: 53.7913974,
    lon: 81.3545053,
  },
  {
    id: demoJobCenterIds.slavgorod,
    city: 'Славгород',
    postalCode: '658820',
    lat: 52.999463,
    lon: 78.6459232,
  },
  { id: demoJobCenterIds.aleisk, city: 'Алейск', postalCode: '658125', lat: 52.4922513, lon: 82.7793606 },
].map(({ id, city, postalCode, lat, lon }) => ({
  id,
  name: `Центр занятости населения г. ${city}`,
  city,
  address: `${postalCode}, Алтайский край, г. ${city}`,
  latitude: lat,
  longitude: lon,
  phone: null,
  workingHours: WORKING_HOURS,
}));
