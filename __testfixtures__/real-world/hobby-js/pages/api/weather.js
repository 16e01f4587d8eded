const API_KEY = process.env.OPENWEATHER_API_KEY;

export default function weather(req, res) {
  const { city = 'London', units = 'metric' } = req.query;
  const url = `https://api.openweathermap.org/data/2.5/weather?q=${encodeURIComponent(city)}&units=${units}&appid=${API_KEY}`;

  fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`OpenWeather responded ${response.status}`);
      return response.json();
    })
    .then((data) => {
      res.setHeader('Cache-Control', 's-maxage=600');
      res.status(200).json({
        city: data.name,
        temp: Math.round(data.main.temp),
        description: data.weather[0].description,
        icon: `https://openweathermap.org/img/wn/${data.weather[0].icon}@2x.png`,
      });
    })
    .catch((err) => {
      console.log(err);
      res.status(500).json({ error: 'Could not load the weather' });
    });
}
