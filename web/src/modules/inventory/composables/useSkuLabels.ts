import { shallowRef } from 'vue'
import { useSessionStore } from '@/app/stores/session'
import { catalogApi, CatalogPermissions, skuName, type SkuLabel } from '@/modules/catalog/api'

/**
 * Names for the SKU ids inventory works with (inventory knows no products): fetched from catalog once per id. Without
 * catalog access, or when the lookup fails, pages fall back to the id: stock stays readable either way.
 */
export function useSkuLabels() {
  const session = useSessionStore()
  const labels = shallowRef(new Map<string, SkuLabel>())
  const asked = new Set<string>()

  async function load(skuIds: readonly string[]): Promise<void> {
    if (!session.can(CatalogPermissions.read)) return
    const missing = [...new Set(skuIds)].filter((id) => !asked.has(id))
    if (missing.length === 0) return
    missing.forEach((id) => asked.add(id))
    try {
      const found = await catalogApi.skuLabels(missing)
      const next = new Map(labels.value)
      for (const label of found) next.set(label.skuId, label)
      labels.value = next
    } catch {
      missing.forEach((id) => asked.delete(id))
    }
  }

  function of(skuId: string): SkuLabel | undefined {
    return labels.value.get(skuId)
  }

  /** `联名卫衣 · 黑 / M`, or the id when the SKU has no name here. */
  function text(skuId: string): string {
    const label = labels.value.get(skuId)
    if (!label) return skuId
    const sku = skuName(label.attributes)
    return sku ? `${label.productName} · ${sku}` : label.productName
  }

  return { labels, load, of, text }
}

export type SkuLabels = ReturnType<typeof useSkuLabels>
