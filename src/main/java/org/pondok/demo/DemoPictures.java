package org.pondok.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.Paint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The demo's gallery pictures, painted in code so that the repository holds no binary
 * files and nothing is downloaded: Bali at dawn and dusk, an infinity pool, Mount Agung
 * and a frangipani garden. Each is painted from a fixed seed, so every run gives the same
 * bytes.
 */
final class DemoPictures {

	static final int WIDTH = 1600;

	static final int HEIGHT = 900;

	private static final float JPEG_QUALITY = 0.88f;

	private DemoPictures() {
	}

	/**
	 * A picture as a JPEG file.
	 */
	record Picture(String fileName, byte[] jpeg) {
	}

	static List<Picture> all() {
		return List.of(paint("rice-terraces-sunrise.jpg", 11, DemoPictures::riceTerraces),
				paint("ocean-sunset.jpg", 23, DemoPictures::oceanSunset),
				paint("infinity-pool.jpg", 37, DemoPictures::infinityPool),
				paint("mount-agung-dawn.jpg", 41, DemoPictures::mountAgung),
				paint("frangipani-garden.jpg", 53, DemoPictures::frangipaniGarden));
	}

	private static Picture paint(String fileName, long seed, Consumer<Canvas> scene) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			scene.accept(new Canvas(g, new Random(seed)));
		}
		finally {
			g.dispose();
		}
		grain(image, new Random(seed * 31));
		return new Picture(fileName, jpeg(image));
	}

	private static void riceTerraces(Canvas c) {
		c.sky(new float[] { 0f, 0.45f, 0.75f, 1f }, new Color[] { new Color(38, 52, 110), new Color(232, 128, 92),
				new Color(250, 196, 120), new Color(252, 226, 170) }, 430);
		c.sun(1120, 360, 60, new Color(255, 240, 200), new Color(255, 190, 110, 0));
		c.hills(400, 70, 0.004, new Color(92, 96, 140));
		c.hills(450, 50, 0.007, new Color(70, 98, 104));
		for (int band = 0; band < 12; band++) {
			double top = 470 + band * band * 3.4 + band * 4;
			double depth = 18 + band * 6;
			Color field = (band % 2 == 0) ? new Color(86 + band * 3, 150 + band * 2, 62)
					: new Color(120 + band * 2, 172, 70);
			c.terrace(top, depth, 0.0025 + band * 0.0004, band * 0.7, field);
		}
		c.palm(140, 900, 380, 0.9, new Color(24, 36, 28));
		c.palm(1480, 900, 440, 1.1, new Color(24, 36, 28));
	}

	private static void oceanSunset(Canvas c) {
		c.sky(new float[] { 0f, 0.4f, 0.8f, 1f }, new Color[] { new Color(58, 40, 104), new Color(196, 84, 110),
				new Color(246, 150, 82), new Color(255, 206, 120) }, 520);
		c.sun(800, 500, 80, new Color(255, 226, 150), new Color(255, 160, 80, 0));
		c.fill(0, 520, WIDTH, 260, new GradientPaint(0, 520, new Color(196, 98, 90), 0, 780, new Color(40, 44, 90)));
		c.glitter(800, 520, 780, new Color(255, 214, 140));
		c.beach(760, new Color(214, 170, 120), new Color(150, 110, 80));
		c.palm(1300, 900, 560, 1.25, new Color(20, 18, 30));
		c.palm(1460, 900, 480, 1.0, new Color(20, 18, 30));
		c.palm(200, 900, 420, 0.8, new Color(20, 18, 30));
	}

	private static void infinityPool(Canvas c) {
		c.sky(new float[] { 0f, 0.7f, 1f },
				new Color[] { new Color(76, 150, 220), new Color(170, 214, 240), new Color(226, 240, 246) }, 360);
		c.hills(300, 60, 0.005, new Color(90, 140, 110));
		c.hills(350, 45, 0.009, new Color(50, 110, 70));
		c.jungle(360, 110, new Color(34, 96, 52));
		c.fill(0, 470, WIDTH, 300, new GradientPaint(0, 470, new Color(92, 200, 214), 0, 770, new Color(18, 120, 160)));
		c.ripples(470, 770, new Color(220, 250, 255, 90));
		c.deck(770, new Color(150, 104, 70), new Color(110, 74, 48));
		c.lounger(420, 790);
		c.lounger(900, 790);
		c.palm(1500, 800, 520, 1.1, new Color(30, 60, 40));
	}

	private static void mountAgung(Canvas c) {
		c.sky(new float[] { 0f, 0.5f, 1f },
				new Color[] { new Color(30, 56, 120), new Color(150, 140, 190), new Color(250, 196, 150) }, 560);
		c.sun(300, 420, 40, new Color(255, 236, 200), new Color(255, 200, 150, 0));
		c.volcano(900, 150, 560, new Color(70, 66, 100));
		c.mist(430, 80, new Color(255, 230, 220, 70));
		c.hills(520, 60, 0.006, new Color(60, 88, 96));
		c.mist(540, 60, new Color(255, 240, 230, 60));
		c.hills(610, 50, 0.011, new Color(40, 80, 64));
		c.jungle(650, 250, new Color(28, 64, 40));
		c.palm(1320, 900, 460, 1.0, new Color(16, 34, 24));
	}

	private static void frangipaniGarden(Canvas c) {
		c.fill(0, 0, WIDTH, HEIGHT, new GradientPaint(0, 0, new Color(40, 110, 60), 0, HEIGHT, new Color(14, 50, 28)));
		c.leaves(260, new Color(50, 130, 70), new Color(24, 80, 40));
		c.flowers(26);
	}

	private static void grain(BufferedImage image, Random random) {
		int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
		for (int i = 0; i < pixels.length; i++) {
			int noise = random.nextInt(9) - 4;
			int rgb = pixels[i];
			int r = clamp(((rgb >> 16) & 0xFF) + noise);
			int g = clamp(((rgb >> 8) & 0xFF) + noise);
			int b = clamp((rgb & 0xFF) + noise);
			pixels[i] = (r << 16) | (g << 8) | b;
		}
	}

	private static int clamp(int value) {
		return Math.max(0, Math.min(255, value));
	}

	private static byte[] jpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
		try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(JPEG_QUALITY);
			writer.setOutput(output);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/**
	 * The brushes the scenes are painted with.
	 */
	private record Canvas(Graphics2D g, Random random) {

		void fill(double x, double y, double width, double height, Paint paint) {
			this.g.setPaint(paint);
			this.g.fill(new Rectangle2D.Double(x, y, width, height));
		}

		void sky(float[] stops, Color[] colors, double horizon) {
			fill(0, 0, WIDTH, HEIGHT, new LinearGradientPaint(0, 0, 0, (float) horizon, stops, colors));
		}

		void sun(double x, double y, double radius, Color core, Color halo) {
			float glow = (float) (radius * 5);
			this.g.setPaint(new RadialGradientPaint(new Point2D.Double(x, y), glow, new float[] { 0f, 0.2f, 1f },
					new Color[] { new Color(core.getRed(), core.getGreen(), core.getBlue(), 200),
							new Color(halo.getRed(), halo.getGreen(), halo.getBlue(), 90), halo }));
			this.g.fill(new Ellipse2D.Double(x - glow, y - glow, glow * 2, glow * 2));
			this.g.setColor(core);
			this.g.fill(new Ellipse2D.Double(x - radius, y - radius, radius * 2, radius * 2));
		}

		/**
		 * A rolling ridge from edge to edge, filled down to the bottom.
		 */
		void hills(double base, double amplitude, double frequency, Color color) {
			double phase = this.random.nextDouble() * Math.PI * 2;
			Path2D.Double ridge = new Path2D.Double();
			ridge.moveTo(0, HEIGHT);
			for (int x = 0; x <= WIDTH; x += 8) {
				double y = base - amplitude
						* (0.6 * Math.sin(x * frequency + phase) + 0.4 * Math.sin(x * frequency * 2.7 + phase * 1.3));
				ridge.lineTo(x, y);
			}
			ridge.lineTo(WIDTH, HEIGHT);
			ridge.closePath();
			this.g.setColor(color);
			this.g.fill(ridge);
		}

		/**
		 * One curved paddy with a bright wet rim.
		 */
		void terrace(double top, double depth, double frequency, double phase, Color field) {
			Path2D.Double band = new Path2D.Double();
			Path2D.Double rim = new Path2D.Double();
			band.moveTo(0, HEIGHT);
			for (int x = 0; x <= WIDTH; x += 8) {
				double y = top + 22 * Math.sin(x * frequency + phase) + 10 * Math.sin(x * frequency * 3.1 + phase);
				band.lineTo(x, y);
				if (x == 0) {
					rim.moveTo(x, y);
				}
				else {
					rim.lineTo(x, y);
				}
			}
			band.lineTo(WIDTH, HEIGHT);
			band.closePath();
			this.g.setPaint(new GradientPaint(0, (float) top, field.brighter(), 0, (float) (top + depth), field));
			this.g.fill(band);
			this.g.setColor(new Color(230, 240, 200, 150));
			this.g.setStroke(new BasicStroke(2.5f));
			this.g.draw(rim);
			this.g.setColor(new Color(40, 80, 30, 120));
			for (int i = 0; i < 160; i++) {
				double x = this.random.nextDouble() * WIDTH;
				double y = top + 26 + this.random.nextDouble() * depth;
				this.g.draw(new Line2D.Double(x, y, x + 1.5, y - 7));
			}
		}

		/**
		 * A palm tree: a leaning trunk and a crown of drooping fronds.
		 */
		void palm(double x, double ground, double height, double scale, Color color) {
			double lean = (this.random.nextDouble() - 0.5) * 160 * scale;
			double topX = x + lean;
			double topY = ground - height;
			this.g.setColor(color);
			this.g.setStroke(new BasicStroke((float) (16 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			this.g.draw(new QuadCurve2D.Double(x, ground, x + lean * 0.2, ground - height * 0.5, topX, topY));
			for (int frond = 0; frond < 9; frond++) {
				double angle = Math.PI * (frond / 8.0) + (this.random.nextDouble() - 0.5) * 0.3;
				double length = (150 + this.random.nextDouble() * 60) * scale;
				double endX = topX - Math.cos(angle) * length;
				double endY = topY - Math.sin(angle) * length * 0.45 + length * 0.55;
				double ctrlX = topX - Math.cos(angle) * length * 0.5;
				double ctrlY = topY - Math.sin(angle) * length * 0.6 - 30 * scale;
				QuadCurve2D.Double spine = new QuadCurve2D.Double(topX, topY, ctrlX, ctrlY, endX, endY);
				this.g.setStroke(new BasicStroke((float) (4 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
				this.g.draw(spine);
				this.g.setStroke(new BasicStroke((float) (2.2 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
				for (int leaf = 2; leaf < 20; leaf++) {
					double t = leaf / 20.0;
					Point2D.Double p = point(spine, t);
					double leafLength = 38 * scale * Math.sin(Math.PI * t) + 6;
					this.g.draw(new Line2D.Double(p.x, p.y, p.x - 8 * scale, p.y + leafLength));
					this.g.draw(new Line2D.Double(p.x, p.y, p.x + 8 * scale, p.y + leafLength));
				}
			}
			this.g.fill(new Ellipse2D.Double(topX - 14 * scale, topY - 6 * scale, 28 * scale, 22 * scale));
		}

		/**
		 * Sunlight broken on the sea below the sun.
		 */
		void glitter(double sunX, double top, double bottom, Color color) {
			this.g.setStroke(new BasicStroke(2f));
			for (int i = 0; i < 420; i++) {
				double depth = this.random.nextDouble();
				double y = top + 4 + depth * (bottom - top - 8);
				double spread = 40 + depth * 260;
				double x = sunX + (this.random.nextGaussian() * spread * 0.5);
				double length = 6 + depth * 40 * this.random.nextDouble();
				int alpha = (int) (220 - depth * 140);
				this.g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha));
				this.g.draw(new Line2D.Double(x - length / 2, y, x + length / 2, y));
			}
		}

		void beach(double top, Color sand, Color wet) {
			Path2D.Double shore = new Path2D.Double();
			shore.moveTo(0, HEIGHT);
			for (int x = 0; x <= WIDTH; x += 10) {
				shore.lineTo(x, top + 20 * Math.sin(x * 0.004) + 10 * Math.sin(x * 0.013));
			}
			shore.lineTo(WIDTH, HEIGHT);
			shore.closePath();
			this.g.setPaint(new GradientPaint(0, (float) top, wet, 0, HEIGHT, sand));
			this.g.fill(shore);
		}

		/**
		 * A band of tree crowns along a line.
		 */
		void jungle(double top, double depth, Color color) {
			for (int i = 0; i < 220; i++) {
				double x = this.random.nextDouble() * WIDTH;
				double y = top + this.random.nextDouble() * depth;
				double r = 20 + this.random.nextDouble() * 40;
				float shade = 0.75f + this.random.nextFloat() * 0.5f;
				this.g.setColor(new Color(Math.min(255, (int) (color.getRed() * shade)),
						Math.min(255, (int) (color.getGreen() * shade)),
						Math.min(255, (int) (color.getBlue() * shade))));
				this.g.fill(new Ellipse2D.Double(x - r, y - r * 0.7, r * 2, r * 1.4));
			}
		}

		void ripples(double top, double bottom, Color color) {
			this.g.setColor(color);
			this.g.setStroke(new BasicStroke(2f));
			for (double y = top + 10; y < bottom; y += 9 + (y - top) * 0.05) {
				Path2D.Double line = new Path2D.Double();
				double phase = this.random.nextDouble() * 6;
				line.moveTo(0, y);
				for (int x = 0; x <= WIDTH; x += 12) {
					line.lineTo(x, y + 3 * Math.sin(x * 0.02 + phase) + 2 * Math.sin(x * 0.057 + phase));
				}
				this.g.draw(line);
			}
		}

		void deck(double top, Color light, Color dark) {
			fill(0, top, WIDTH, HEIGHT - top, new GradientPaint(0, (float) top, light, 0, HEIGHT, dark));
			this.g.setColor(new Color(70, 46, 30, 160));
			this.g.setStroke(new BasicStroke(2f));
			for (double y = top + 14; y < HEIGHT; y += 16 + (y - top) * 0.15) {
				this.g.draw(new Line2D.Double(0, y, WIDTH, y));
			}
			this.g.setColor(new Color(250, 250, 245));
			this.g.fill(new Rectangle2D.Double(0, top - 6, WIDTH, 8));
		}

		void lounger(double x, double y) {
			this.g.setColor(new Color(245, 242, 232));
			GeneralPath seat = new GeneralPath();
			seat.moveTo(x, y + 40);
			seat.lineTo(x + 260, y + 40);
			seat.lineTo(x + 260, y + 58);
			seat.lineTo(x, y + 58);
			seat.closePath();
			this.g.fill(seat);
			GeneralPath back = new GeneralPath();
			back.moveTo(x + 200, y + 40);
			back.lineTo(x + 250, y - 10);
			back.lineTo(x + 268, y);
			back.lineTo(x + 222, y + 44);
			back.closePath();
			this.g.fill(back);
			this.g.setColor(new Color(90, 70, 50));
			this.g.setStroke(new BasicStroke(6f));
			this.g.draw(new Line2D.Double(x + 20, y + 58, x + 20, y + 88));
			this.g.draw(new Line2D.Double(x + 240, y + 58, x + 240, y + 88));
			this.g.setColor(new Color(250, 130, 90));
			this.g.fill(new Ellipse2D.Double(x + 40, y + 24, 90, 22));
		}

		void volcano(double peakX, double peakY, double base, Color color) {
			Path2D.Double mountain = new Path2D.Double();
			mountain.moveTo(peakX - 900, base + 80);
			mountain.curveTo(peakX - 500, base, peakX - 180, peakY + 120, peakX - 50, peakY);
			mountain.lineTo(peakX + 50, peakY + 6);
			mountain.curveTo(peakX + 180, peakY + 120, peakX + 520, base, peakX + 900, base + 80);
			mountain.closePath();
			this.g.setPaint(new GradientPaint((float) peakX, (float) peakY, color.brighter(), (float) peakX,
					(float) base, color));
			this.g.fill(mountain);
			Color smoke = new Color(235, 225, 235, 70);
			this.g.setPaint(new RadialGradientPaint(new Point2D.Double(peakX + 50, peakY - 60), 110,
					new float[] { 0f, 1f }, new Color[] { smoke, new Color(235, 225, 235, 0) }));
			this.g.fill(new Ellipse2D.Double(peakX - 60, peakY - 170, 220, 220));
		}

		void mist(double y, double height, Color color) {
			for (int i = 0; i < 6; i++) {
				double x = this.random.nextDouble() * WIDTH - 300;
				double w = 600 + this.random.nextDouble() * 600;
				this.g.setPaint(new RadialGradientPaint(new Point2D.Double(x + w / 2, y), (float) (w / 2),
						new float[] { 0f, 1f },
						new Color[] { color, new Color(color.getRed(), color.getGreen(), color.getBlue(), 0) }));
				this.g.fill(new Ellipse2D.Double(x, y - height / 2, w, height));
			}
		}

		void leaves(int count, Color light, Color dark) {
			for (int i = 0; i < count; i++) {
				double x = this.random.nextDouble() * WIDTH;
				double y = this.random.nextDouble() * HEIGHT;
				double length = 80 + this.random.nextDouble() * 160;
				double angle = this.random.nextDouble() * Math.PI * 2;
				Graphics2D leaf = (Graphics2D) this.g.create();
				leaf.translate(x, y);
				leaf.rotate(angle);
				leaf.setPaint(new GradientPaint(0, 0, light, (float) length, 0, dark));
				leaf.fill(new Ellipse2D.Double(0, -length * 0.18, length, length * 0.36));
				leaf.setColor(new Color(20, 60, 30, 140));
				leaf.setStroke(new BasicStroke(2f));
				leaf.draw(new Line2D.Double(0, 0, length, 0));
				leaf.dispose();
			}
		}

		/**
		 * Frangipani: five white petals with a yellow heart.
		 */
		void flowers(int count) {
			for (int i = 0; i < count; i++) {
				double x = 60 + this.random.nextDouble() * (WIDTH - 120);
				double y = 60 + this.random.nextDouble() * (HEIGHT - 120);
				double size = 34 + this.random.nextDouble() * 30;
				double turn = this.random.nextDouble() * Math.PI;
				for (int petal = 0; petal < 5; petal++) {
					Graphics2D p = (Graphics2D) this.g.create();
					p.translate(x, y);
					p.rotate(turn + petal * Math.PI * 2 / 5);
					p.setPaint(new GradientPaint(0, 0, new Color(255, 214, 90), (float) size, 0,
							new Color(255, 252, 244)));
					p.fill(new Ellipse2D.Double(0, -size * 0.28, size, size * 0.56));
					p.dispose();
				}
				this.g.setColor(new Color(250, 190, 60));
				this.g.fill(new Ellipse2D.Double(x - size * 0.14, y - size * 0.14, size * 0.28, size * 0.28));
			}
		}

		private static Point2D.Double point(QuadCurve2D.Double curve, double t) {
			double u = 1 - t;
			return new Point2D.Double(u * u * curve.x1 + 2 * u * t * curve.ctrlx + t * t * curve.x2,
					u * u * curve.y1 + 2 * u * t * curve.ctrly + t * t * curve.y2);
		}

	}

}
