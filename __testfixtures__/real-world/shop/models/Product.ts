import mongoose, { Schema, models } from 'mongoose';

const ProductSchema = new Schema(
  {
    name: { type: String, required: true },
    sku: { type: String, required: true, unique: true },
    price: { type: Number, required: true },
    stock: { type: Number, default: 0 },
    images: [String],
    rating: { type: Number, default: 0 },
  },
  { timestamps: true }
);

export default models.Product || mongoose.model('Product', ProductSchema);
