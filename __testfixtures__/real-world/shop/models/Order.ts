import mongoose, { Schema, models } from 'mongoose';

const OrderSchema = new Schema(
  {
    userId: { type: String, required: true },
    items: [{ productId: String, quantity: Number, price: Number }],
    status: { type: String, enum: ['pending', 'paid', 'shipped', 'refunded'], default: 'pending' },
    stripePaymentIntent: String,
    total: Number,
  },
  { timestamps: true }
);

export default models.Order || mongoose.model('Order', OrderSchema);
