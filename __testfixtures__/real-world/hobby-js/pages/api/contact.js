const { transporter } = require('../../lib/mailer');

export default function (req, res) {
  const { name, email, message } = req.body;

  if (!name || !email || !message) {
    res.status(400).send('Please fill in every field');
    return;
  }

  const mailData = {
    from: process.env.GMAIL_USER,
    to: process.env.CONTACT_INBOX,
    replyTo: email,
    subject: `Message From ${name}`,
    text: message + ' | Sent from: ' + email,
    html: `<div>${message}</div><p>Sent from: ${email}</p>`,
  };

  transporter.sendMail(mailData, function (err, info) {
    if (err) console.log(err);
    else console.log(info);
  });

  res.status(200).end();
}
