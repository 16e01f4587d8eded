import type { GetStaticProps } from 'next';
import { listItems, type Item } from '@/lib/db';

// The one page of the app: a statically generated price list that pages/api/advanced/revalidate
// regenerates on demand (incremental static regeneration).

interface ShopProps {
  items: Pick<Item, 'id' | 'name' | 'price'>[];
}

export const getStaticProps: GetStaticProps<ShopProps> = async () => ({
  props: { items: listItems().map(({ id, name, price }) => ({ id, name, price })) },
  revalidate: 3600,
});

export default function Shop({ items }: ShopProps) {
  return (
    <main>
      <h1>Price list</h1>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {item.name}: ${item.price}
          </li>
        ))}
      </ul>
    </main>
  );
}
