import mongoose, { Schema, models } from 'mongoose';

const ReviewSchema = new Schema(
  {
    productId: { type: String, index: true },
    author: String,
    rating: { type: Number, min: 1, max: 5 },
    body: String,
  },
  { timestamps: true }
);

export default models.Review || mongoose.model('Review', ReviewSchema);
